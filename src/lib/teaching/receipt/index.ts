/** Completion receipts: what a student sends back to the teacher, as a code or a file. */
export { ReceiptSchema, type Receipt } from './schema';
export { encodeReceiptCode, decodeReceiptCode } from './receipt-code';
export { encodeReceiptFile, decodeReceiptFile } from './receipt-file';
export { receiptFileName } from './file-name';
export * from './checksum';
