// mammoth's prebuilt browser bundle, which carries its own copies of the Node modules the library
// needs (path, zip); its API is the library's.
declare module 'mammoth/mammoth.browser.js' {
	import mammoth from 'mammoth';
	export default mammoth;
}
