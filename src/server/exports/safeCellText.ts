// Neutralises spreadsheet formula injection in text a pupil typed: a cell that starts with
// = + - @ tab or carriage return gets a leading apostrophe, so Excel shows it as text.
export const safeCellText = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
