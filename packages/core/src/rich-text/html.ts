/**
 * Raw HTML, recognised as CommonMark defines it, so that it can be refused. Nothing here is ever
 * rendered: a match only becomes a `rich-text/raw-html` problem.
 */
const ATTRIBUTE_NAME = '[a-zA-Z_:][a-zA-Z0-9:._-]*';
const ATTRIBUTE_VALUE = `(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*")`;
const ATTRIBUTE = `(?:\\s+${ATTRIBUTE_NAME}(?:\\s*=\\s*${ATTRIBUTE_VALUE})?)`;
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*${ATTRIBUTE}*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
const COMMENT = '<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->';
const PROCESSING = '<[?][\\s\\S]*?[?]>';
const DECLARATION = '<![A-Za-z][^>]*>';
const CDATA = '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>';

/** An inline HTML tag, comment, processing instruction, declaration or CDATA section at the start. */
export const HTML_INLINE = new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG}|${COMMENT}|${PROCESSING}|${DECLARATION}|${CDATA})`);

/** CommonMark's block-level tag names (HTML block start condition 6). */
const BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|' +
  'main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|' +
  'title|tr|track|ul';

/** HTML block start conditions 1–6: these may interrupt a paragraph. */
export const HTML_BLOCK_START = new RegExp(
  '^ {0,3}(?:<(?:script|pre|style|textarea)(?=[\\s>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[|' +
    `<\\/?(?:${BLOCK_NAMES})(?=[\\s/>]|$))`,
  'i',
);

/** HTML block start condition 7: a whole open or close tag alone on its line (not inside a paragraph). */
export const HTML_BLOCK_TAG_LINE = new RegExp(`^ {0,3}(?:${OPEN_TAG}|${CLOSE_TAG})\\s*$`);
