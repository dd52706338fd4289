/**
 * Interface texts live in messages/nl.json (Dutch, the source: text plus a description for
 * translators) and messages/en.json (English). The build checks them and compiles them to
 * react-intl's message format ahead of time, so the browser needs no ICU parser.
 */
import type nlMessages from './messages/nl.json';

export type MessageId = keyof typeof nlMessages;
