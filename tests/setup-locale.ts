// Both dictionaries in memory before any test: the app fetches English before its first render, tests switch freely.
import { loadLocale } from '../src/ui/i18n.ts';

await loadLocale('en');
