/**
 * The handbook's fixed vocabularies. Schemas (src/content.config.ts), pure logic and templates all
 * read them from here so that a new value is added in one place.
 */

/** Editorial status of a page or version. */
export const PAGE_STATUSES = ['draft', 'current', 'superseded'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

/** How a translation was produced. */
export const TRANSLATION_METHODS = ['machine-assisted', 'reviewed'] as const;
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];

/** Who a procedure is written for. */
export const AUDIENCES = [
  'case-manager',
  'service-provider',
  'return-operator',
  'authority',
  'origin-partner',
  'trainer',
  'policymaker',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** State of a country fact. */
export const FACT_STATUSES = ['known', 'unknown', 'conflict', 'not-applicable'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** The facts every country profile states, in display order. */
export const FACT_KEYS = [
  'role',
  'laws',
  'criminalCode',
  'palermo',
  'coeConvention',
  'nrmName',
  'nrmYear',
  'nrmCoordinator',
  'nrmIdentification',
  'coordinator',
  'stateBodies',
  'ngos',
  'internationalOrgs',
  'reflection',
  'avrr',
  'reintegration',
  'greta',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];

/** The twelve countries, in the order the report lists them: nine EU Member States, then the three priority countries. */
export const COUNTRIES = ['at', 'cy', 'fr', 'gr', 'it', 'pl', 'pt', 'es', 'gb', 'al', 'ma', 'ua'] as const;
export type CountryCode = (typeof COUNTRIES)[number];
