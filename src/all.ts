/**
 * Registers every element of the element table (src/elements.ts), each class under its own tag:
 * `dossier-widgets/all.js`, and the entry behind the single-file script-tag build. The table
 * also brings each tag's `HTMLElementTagNameMap` entry into the types.
 */
import { define } from './core/define.js';
import { CLASSES } from './elements.js';
import * as library from './index.js';

for (const [tag, name] of Object.entries(CLASSES)) define(tag, library[name]);

export * from './index.js';
