/**
 * Registers every element of the element table, each class under its own tag:
 * `dossier-widgets/all.js`, and the entry behind the single-file script-tag build.
 */
import { define } from './core/define.js';
import { ELEMENT_CLASSES } from './index.js';

for (const [tag, element] of Object.entries(ELEMENT_CLASSES)) define(tag, element);

export * from './index.js';
