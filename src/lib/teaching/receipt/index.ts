/** Completion receipts: what a student sends back to the teacher, as a code or a file. */
export { ReceiptSchema, RECEIPT_VERSION, type Receipt } from './schema';
export { receiptChecksum } from './checksum';
export { encodeReceiptCode, decodeReceiptCode, RECEIPT_CODE_MAX_CHARS } from './receipt-code';
export { encodeReceiptFile, decodeReceiptFile, RECEIPT_FILE_FORMAT } from './receipt-file';
export { receiptFileName } from './file-name';
export * from './checksum';
