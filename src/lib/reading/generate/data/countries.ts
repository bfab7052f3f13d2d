/**
 * Countries with their region and land neighbours, for wrong options of the same kind as a country
 * answer. Regions follow the UN geoscheme's subregions (slightly merged). Neighbours are land borders;
 * island states have none. Aliases are other names an article may use.
 * Format of each line: name | region | neighbours, comma-separated | aliases, comma-separated.
 */
const TABLE = `
Afghanistan|Southern Asia|China,Iran,Pakistan,Tajikistan,Turkmenistan,Uzbekistan|
Albania|Southern Europe|Greece,Kosovo,Montenegro,North Macedonia|
Algeria|Northern Africa|Libya,Mali,Mauritania,Morocco,Niger,Tunisia,Western Sahara|
Andorra|Southern Europe|France,Spain|
Angola|Middle Africa|Democratic Republic of the Congo,Namibia,Republic of the Congo,Zambia|
Antigua and Barbuda|Caribbean||
Argentina|South America|Bolivia,Brazil,Chile,Paraguay,Uruguay|
Armenia|Western Asia|Azerbaijan,Georgia,Iran,Turkey|
Australia|Oceania||
Austria|Western Europe|Czech Republic,Germany,Hungary,Italy,Liechtenstein,Slovakia,Slovenia,Switzerland|
Azerbaijan|Western Asia|Armenia,Georgia,Iran,Russia,Turkey|
Bahamas|Caribbean||The Bahamas
Bahrain|Western Asia||
Bangladesh|Southern Asia|India,Myanmar|
Barbados|Caribbean||
Belarus|Eastern Europe|Latvia,Lithuania,Poland,Russia,Ukraine|
Belgium|Western Europe|France,Germany,Luxembourg,Netherlands|
Belize|Central America|Guatemala,Mexico|
Benin|Western Africa|Burkina Faso,Niger,Nigeria,Togo|
Bhutan|Southern Asia|China,India|
Bolivia|South America|Argentina,Brazil,Chile,Paraguay,Peru|
Bosnia and Herzegovina|Southern Europe|Croatia,Montenegro,Serbia|Bosnia
Botswana|Southern Africa|Namibia,South Africa,Zambia,Zimbabwe|
Brazil|South America|Argentina,Bolivia,Colombia,French Guiana,Guyana,Paraguay,Peru,Suriname,Uruguay,Venezuela|
Brunei|South-Eastern Asia|Malaysia|
Bulgaria|Eastern Europe|Greece,North Macedonia,Romania,Serbia,Turkey|
Burkina Faso|Western Africa|Benin,Ghana,Ivory Coast,Mali,Niger,Togo|
Burundi|Eastern Africa|Democratic Republic of the Congo,Rwanda,Tanzania|
Cambodia|South-Eastern Asia|Laos,Thailand,Vietnam|
Cameroon|Middle Africa|Central African Republic,Chad,Equatorial Guinea,Gabon,Nigeria,Republic of the Congo|
Canada|Northern America|United States|
Cape Verde|Western Africa||Cabo Verde
Central African Republic|Middle Africa|Cameroon,Chad,Democratic Republic of the Congo,Republic of the Congo,South Sudan,Sudan|
Chad|Middle Africa|Cameroon,Central African Republic,Libya,Niger,Nigeria,Sudan|
Chile|South America|Argentina,Bolivia,Peru|
China|Eastern Asia|Afghanistan,Bhutan,India,Kazakhstan,Kyrgyzstan,Laos,Mongolia,Myanmar,Nepal,North Korea,Pakistan,Russia,Tajikistan,Vietnam|People's Republic of China
Colombia|South America|Brazil,Ecuador,Panama,Peru,Venezuela|
Comoros|Eastern Africa||
Costa Rica|Central America|Nicaragua,Panama|
Croatia|Southern Europe|Bosnia and Herzegovina,Hungary,Montenegro,Serbia,Slovenia|
Cuba|Caribbean||
Cyprus|Western Asia||
Czech Republic|Eastern Europe|Austria,Germany,Poland,Slovakia|Czechia
Democratic Republic of the Congo|Middle Africa|Angola,Burundi,Central African Republic,Republic of the Congo,Rwanda,South Sudan,Tanzania,Uganda,Zambia|DR Congo,DRC,Congo-Kinshasa
Denmark|Northern Europe|Germany|
Djibouti|Eastern Africa|Eritrea,Ethiopia,Somalia|
Dominica|Caribbean||
Dominican Republic|Caribbean|Haiti|
East Timor|South-Eastern Asia|Indonesia|Timor-Leste
Ecuador|South America|Colombia,Peru|
Egypt|Northern Africa|Israel,Libya,Palestine,Sudan|
El Salvador|Central America|Guatemala,Honduras|
Equatorial Guinea|Middle Africa|Cameroon,Gabon|
Eritrea|Eastern Africa|Djibouti,Ethiopia,Sudan|
Estonia|Northern Europe|Latvia,Russia|
Eswatini|Southern Africa|Mozambique,South Africa|Swaziland
Ethiopia|Eastern Africa|Djibouti,Eritrea,Kenya,Somalia,South Sudan,Sudan|
Fiji|Oceania||
Finland|Northern Europe|Norway,Russia,Sweden|
France|Western Europe|Andorra,Belgium,Germany,Italy,Luxembourg,Monaco,Spain,Switzerland|
Gabon|Middle Africa|Cameroon,Equatorial Guinea,Republic of the Congo|
Gambia|Western Africa|Senegal|The Gambia
Georgia|Western Asia|Armenia,Azerbaijan,Russia,Turkey|
Germany|Western Europe|Austria,Belgium,Czech Republic,Denmark,France,Luxembourg,Netherlands,Poland,Switzerland|
Ghana|Western Africa|Burkina Faso,Ivory Coast,Togo|
Greece|Southern Europe|Albania,Bulgaria,North Macedonia,Turkey|
Grenada|Caribbean||
Guatemala|Central America|Belize,El Salvador,Honduras,Mexico|
Guinea|Western Africa|Guinea-Bissau,Ivory Coast,Liberia,Mali,Senegal,Sierra Leone|
Guinea-Bissau|Western Africa|Guinea,Senegal|
Guyana|South America|Brazil,Suriname,Venezuela|
Haiti|Caribbean|Dominican Republic|
Honduras|Central America|El Salvador,Guatemala,Nicaragua|
Hungary|Eastern Europe|Austria,Croatia,Romania,Serbia,Slovakia,Slovenia,Ukraine|
Iceland|Northern Europe||
India|Southern Asia|Bangladesh,Bhutan,China,Myanmar,Nepal,Pakistan|
Indonesia|South-Eastern Asia|East Timor,Malaysia,Papua New Guinea|
Iran|Southern Asia|Afghanistan,Armenia,Azerbaijan,Iraq,Pakistan,Turkey,Turkmenistan|
Iraq|Western Asia|Iran,Jordan,Kuwait,Saudi Arabia,Syria,Turkey|
Ireland|Northern Europe|United Kingdom|Republic of Ireland
Israel|Western Asia|Egypt,Jordan,Lebanon,Palestine,Syria|
Italy|Southern Europe|Austria,France,San Marino,Slovenia,Switzerland,Vatican City|
Ivory Coast|Western Africa|Burkina Faso,Ghana,Guinea,Liberia,Mali|Côte d'Ivoire,Cote d'Ivoire
Jamaica|Caribbean||
Japan|Eastern Asia||
Jordan|Western Asia|Iraq,Israel,Palestine,Saudi Arabia,Syria|
Kazakhstan|Central Asia|China,Kyrgyzstan,Russia,Turkmenistan,Uzbekistan|
Kenya|Eastern Africa|Ethiopia,Somalia,South Sudan,Tanzania,Uganda|
Kiribati|Oceania||
Kosovo|Southern Europe|Albania,Montenegro,North Macedonia,Serbia|
Kuwait|Western Asia|Iraq,Saudi Arabia|
Kyrgyzstan|Central Asia|China,Kazakhstan,Tajikistan,Uzbekistan|
Laos|South-Eastern Asia|Cambodia,China,Myanmar,Thailand,Vietnam|
Latvia|Northern Europe|Belarus,Estonia,Lithuania,Russia|
Lebanon|Western Asia|Israel,Syria|
Lesotho|Southern Africa|South Africa|
Liberia|Western Africa|Guinea,Ivory Coast,Sierra Leone|
Libya|Northern Africa|Algeria,Chad,Egypt,Niger,Sudan,Tunisia|
Liechtenstein|Western Europe|Austria,Switzerland|
Lithuania|Northern Europe|Belarus,Latvia,Poland,Russia|
Luxembourg|Western Europe|Belgium,France,Germany|
Madagascar|Eastern Africa||
Malawi|Eastern Africa|Mozambique,Tanzania,Zambia|
Malaysia|South-Eastern Asia|Brunei,Indonesia,Thailand|
Maldives|Southern Asia||
Mali|Western Africa|Algeria,Burkina Faso,Guinea,Ivory Coast,Mauritania,Niger,Senegal|
Malta|Southern Europe||
Marshall Islands|Oceania||
Mauritania|Western Africa|Algeria,Mali,Senegal,Western Sahara|
Mauritius|Eastern Africa||
Mexico|Central America|Belize,Guatemala,United States|
Micronesia|Oceania||
Moldova|Eastern Europe|Romania,Ukraine|
Monaco|Western Europe|France|
Mongolia|Eastern Asia|China,Russia|
Montenegro|Southern Europe|Albania,Bosnia and Herzegovina,Croatia,Kosovo,Serbia|
Morocco|Northern Africa|Algeria,Spain,Western Sahara|
Mozambique|Eastern Africa|Eswatini,Malawi,South Africa,Tanzania,Zambia,Zimbabwe|
Myanmar|South-Eastern Asia|Bangladesh,China,India,Laos,Thailand|Burma
Namibia|Southern Africa|Angola,Botswana,South Africa,Zambia|
Nauru|Oceania||
Nepal|Southern Asia|China,India|
Netherlands|Western Europe|Belgium,Germany|Holland,The Netherlands
New Zealand|Oceania||
Nicaragua|Central America|Costa Rica,Honduras|
Niger|Western Africa|Algeria,Benin,Burkina Faso,Chad,Libya,Mali,Nigeria|
Nigeria|Western Africa|Benin,Cameroon,Chad,Niger|
North Korea|Eastern Asia|China,Russia,South Korea|
North Macedonia|Southern Europe|Albania,Bulgaria,Greece,Kosovo,Serbia|Macedonia
Norway|Northern Europe|Finland,Russia,Sweden|
Oman|Western Asia|Saudi Arabia,United Arab Emirates,Yemen|
Pakistan|Southern Asia|Afghanistan,China,India,Iran|
Palau|Oceania||
Palestine|Western Asia|Egypt,Israel,Jordan|
Panama|Central America|Colombia,Costa Rica|
Papua New Guinea|Oceania|Indonesia|
Paraguay|South America|Argentina,Bolivia,Brazil|
Peru|South America|Bolivia,Brazil,Chile,Colombia,Ecuador|
Philippines|South-Eastern Asia||The Philippines
Poland|Eastern Europe|Belarus,Czech Republic,Germany,Lithuania,Russia,Slovakia,Ukraine|
Portugal|Southern Europe|Spain|
Qatar|Western Asia|Saudi Arabia|
Republic of the Congo|Middle Africa|Angola,Cameroon,Central African Republic,Democratic Republic of the Congo,Gabon|Congo,Congo-Brazzaville
Romania|Eastern Europe|Bulgaria,Hungary,Moldova,Serbia,Ukraine|
Russia|Eastern Europe|Azerbaijan,Belarus,China,Estonia,Finland,Georgia,Kazakhstan,Latvia,Lithuania,Mongolia,North Korea,Norway,Poland,Ukraine|Russian Federation
Rwanda|Eastern Africa|Burundi,Democratic Republic of the Congo,Tanzania,Uganda|
Saint Kitts and Nevis|Caribbean||
Saint Lucia|Caribbean||
Saint Vincent and the Grenadines|Caribbean||
Samoa|Oceania||
San Marino|Southern Europe|Italy|
Sao Tome and Principe|Middle Africa||São Tomé and Príncipe
Saudi Arabia|Western Asia|Iraq,Jordan,Kuwait,Oman,Qatar,United Arab Emirates,Yemen|
Senegal|Western Africa|Gambia,Guinea,Guinea-Bissau,Mali,Mauritania|
Serbia|Southern Europe|Bosnia and Herzegovina,Bulgaria,Croatia,Hungary,Kosovo,Montenegro,North Macedonia,Romania|
Seychelles|Eastern Africa||
Sierra Leone|Western Africa|Guinea,Liberia|
Singapore|South-Eastern Asia||
Slovakia|Eastern Europe|Austria,Czech Republic,Hungary,Poland,Ukraine|
Slovenia|Southern Europe|Austria,Croatia,Hungary,Italy|
Solomon Islands|Oceania||
Somalia|Eastern Africa|Djibouti,Ethiopia,Kenya|
South Africa|Southern Africa|Botswana,Eswatini,Lesotho,Mozambique,Namibia,Zimbabwe|
South Korea|Eastern Asia|North Korea|Korea
South Sudan|Eastern Africa|Central African Republic,Democratic Republic of the Congo,Ethiopia,Kenya,Sudan,Uganda|
Spain|Southern Europe|Andorra,France,Morocco,Portugal|
Sri Lanka|Southern Asia||
Sudan|Northern Africa|Central African Republic,Chad,Egypt,Eritrea,Ethiopia,Libya,South Sudan|
Suriname|South America|Brazil,French Guiana,Guyana|
Sweden|Northern Europe|Finland,Norway|
Switzerland|Western Europe|Austria,France,Germany,Italy,Liechtenstein|
Syria|Western Asia|Iraq,Israel,Jordan,Lebanon,Turkey|
Taiwan|Eastern Asia||
Tajikistan|Central Asia|Afghanistan,China,Kyrgyzstan,Uzbekistan|
Tanzania|Eastern Africa|Burundi,Democratic Republic of the Congo,Kenya,Malawi,Mozambique,Rwanda,Uganda,Zambia|
Thailand|South-Eastern Asia|Cambodia,Laos,Malaysia,Myanmar|
Togo|Western Africa|Benin,Burkina Faso,Ghana|
Tonga|Oceania||
Trinidad and Tobago|Caribbean||
Tunisia|Northern Africa|Algeria,Libya|
Turkey|Western Asia|Armenia,Azerbaijan,Bulgaria,Georgia,Greece,Iran,Iraq,Syria|Türkiye
Turkmenistan|Central Asia|Afghanistan,Iran,Kazakhstan,Uzbekistan|
Tuvalu|Oceania||
Uganda|Eastern Africa|Democratic Republic of the Congo,Kenya,Rwanda,South Sudan,Tanzania|
Ukraine|Eastern Europe|Belarus,Hungary,Moldova,Poland,Romania,Russia,Slovakia|
United Arab Emirates|Western Asia|Oman,Saudi Arabia|UAE
United Kingdom|Northern Europe|Ireland|UK,Britain,Great Britain
United States|Northern America|Canada,Mexico|US,USA,United States of America,America
Uruguay|South America|Argentina,Brazil|
Uzbekistan|Central Asia|Afghanistan,Kazakhstan,Kyrgyzstan,Tajikistan,Turkmenistan|
Vanuatu|Oceania||
Vatican City|Southern Europe|Italy|Holy See
Venezuela|South America|Brazil,Colombia,Guyana|
Vietnam|South-Eastern Asia|Cambodia,China,Laos|Viet Nam
Western Sahara|Northern Africa|Algeria,Mauritania,Morocco|
Yemen|Western Asia|Oman,Saudi Arabia|
Zambia|Eastern Africa|Angola,Botswana,Democratic Republic of the Congo,Malawi,Mozambique,Namibia,Tanzania,Zimbabwe|
Zimbabwe|Eastern Africa|Botswana,Mozambique,South Africa,Zambia|
French Guiana|South America|Brazil,Suriname|
`;

interface Country {
	name: string;
	region: string;
	neighbours: readonly string[];
	aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = TABLE.trim()
	.split('\n')
	.map((line) => {
		const [name = '', region = '', neighbours = '', aliases = ''] = line.split('|');
		const list = (field: string) => (field ? field.split(',') : []);
		return { name, region, neighbours: list(neighbours), aliases: list(aliases) };
	});

const BY_NAME = new Map<string, Country>();
for (const country of COUNTRIES) {
	for (const name of [country.name, ...country.aliases]) BY_NAME.set(name.toLowerCase(), country);
}

/** The country an article's name refers to ("the UK", "Russian Federation"), if it is one. */
export function findCountry(name: string): Country | undefined {
	return BY_NAME.get(
		name
			.toLowerCase()
			.replace(/^the\s+/, '')
			.replace(/[’]/g, "'")
	);
}
