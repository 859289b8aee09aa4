/**
 * The ONE place that defines the shape of every content collection.
 *
 * Each field carries a comment saying what it means for a reader or writer. A file that does not
 * match fails the build, and Astro names the file and the field. Rules that need more than one
 * file at a time (a translation of a version that does not exist, a checklist pointing at an
 * unknown step) live in src/lib/validate.ts and run when src/data/catalog.ts first loads.
 *
 * Content lives in the top-level `content/` folder. HANDBOOK_CONTENT points the build at another
 * tree: the malformed-content fixtures in tests/fixtures use it.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCES, FACT_KEYS, FACT_STATUSES, PAGE_STATUSES, TRANSLATION_METHODS } from './lib/model.ts';

const root = (process.env.HANDBOOK_CONTENT ?? './content').replace(/\/$/, '');

/** Keep the path as the id (`pre-departure/2.0/fr`): Astro's default slugging turns "1.0" into "10". */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');

/** A calendar day written YYYY-MM-DD. */
const day = z.coerce.date();

/** A date a fact describes: a year, a year-month or a day (`2016`, `2016-08`, `2016-08-25`). */
const asOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD');

/** A public source a page relies on. Shown in the page's "Sources" list. */
const source = z.object({
  /** The document's or web page's own title. */
  title: z.string().min(1),
  /** The organisation that published it (IOM, European Commission, Council of Europe…). */
  publisher: z.string().min(1),
  /** Where a reader can check it: an absolute http(s) URL. */
  url: z.url({ protocol: /^https?$/ }),
  /** The day we read it (YYYY-MM-DD). */
  accessed: day,
});

/** Text in several languages. English is the source and must be there; other locales are optional. */
const localized = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

/** How a translated file relates to its English source. Required on every non-English file. */
const translation = z.object({
  /** The version of the English source this was translated from (versioned collections only). */
  sourceVersion: z.string().optional(),
  /** First 12 hex characters of the SHA-256 of the English source body it was made from
   * (`npm run i18n:hash -- <file>` prints it). When the English body changes, the page says so. */
  sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'expected 12 lowercase hex characters'),
  /** `machine-assisted` until a fluent reviewer has checked it against the source. */
  method: z.enum(TRANSLATION_METHODS),
});

/** Editorial trust fields, on every content page. */
const editorial = {
  /** The page title, in the file's language. */
  title: z.string().min(1),
  /** One or two sentences: what the page is for. Used in lists, search results and meta tags. */
  description: z.string().min(1),
  /** `draft` pages stay out of navigation; `superseded` is an older version kept for the record. */
  status: z.enum(PAGE_STATUSES),
  /** When a person last checked this page against its sources. */
  lastReviewed: day,
  /** When it must be checked again. A page past this date says so. */
  nextReview: day,
  /** Every fact on the page traces to one of these. At least one. */
  sources: z.array(source).min(1, 'a content page needs at least one source'),
  /** Present on translations only (see `translation`). */
  translation: translation.optional(),
};

/** Fields of a versioned page (SOP, country profile text, TRM guidance); the version is its folder. */
const versioned = {
  /** The day this version took effect. */
  effective: day,
  /** What changed in this version and why: one line per change. The first version says so. */
  changes: z.array(z.string().min(1)).min(1, 'say what changed in this version (or that it is the first)'),
};

/** Standard operating procedures: content/sops/<sop-id>/<version>/<locale>.mdx */
const sops = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: `${root}/sops`, generateId: pathId }),
  schema: z.object({
    ...editorial,
    ...versioned,
    /** Position in the return journey, 1 (identification and referral) to 8 (case closure). */
    phase: z.number().int().min(1).max(8),
    /** Who the procedure is written for. */
    audience: z.array(z.enum(AUDIENCES)).min(1),
  }),
});

/** General pages (home, about, project and context pages): content/pages/<page-id>/<locale>.mdx */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/pages`, generateId: pathId }),
  schema: z.object({
    ...editorial,
    /** The page this one sits under in breadcrumbs and the About menu (e.g. `about`). */
    parent: z.string().optional(),
    /** Order among its siblings, smallest first. */
    order: z.number().int().default(100),
  }),
});

/** TRM guidance: content/trm/<page-id>/<version>/<locale>.mdx */
const trm = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: `${root}/trm`, generateId: pathId }),
  schema: z.object({
    ...editorial,
    ...versioned,
    /** Order in the TRM guidance menu, smallest first. */
    order: z.number().int(),
  }),
});

/** Country profile text: content/countries/<iso2>/<version>/<locale>.mdx (facts live in data.yaml beside it). */
const countries = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base: `${root}/countries`, generateId: pathId }),
  schema: z.object({ ...editorial, ...versioned }),
});

/** Where a single country fact comes from. */
const factSource = z.object({
  /** The document's own title. */
  title: z.string().min(1),
  /** An absolute http(s) URL a reader can check. */
  url: z.url({ protocol: /^https?$/ }),
});

/** One statement of a fact, with the date its source describes. */
const factEntry = z.object({
  /** The statement, per language (English required). Institution names only: no personal names or phone numbers. */
  text: localized,
  /** The date the source describes (not the day we read it). */
  asOf,
  /** Where it comes from. At least one. */
  sources: z.array(factSource).min(1, 'a country fact needs at least one source'),
});

/**
 * One fact about a country. `unknown` (the dossier says "not found") has no entries and is shown as
 * "not available in our sources"; `conflict` has two or more entries that disagree, shown side by side.
 */
const fact = z
  .object({
    /** known | unknown | conflict | not-applicable */
    status: z.enum(FACT_STATUSES),
    /** The statements; empty when unknown or not applicable. */
    entries: z.array(factEntry).default([]),
    /** An explanation shown under the fact (why it conflicts, why it does not apply). */
    note: localized.optional(),
  })
  .superRefine((f, ctx) => {
    const n = f.entries.length;
    const ok =
      f.status === 'known' ? n >= 1 : f.status === 'conflict' ? n >= 2 : n === 0;
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        message: `status "${f.status}" needs ${f.status === 'known' ? 'at least one entry' : f.status === 'conflict' ? 'two or more entries' : 'no entries'}, found ${n}`,
      });
    }
  });

/** Structured country facts: content/countries/<iso2>/<version>/data.yaml */
const countryData = defineCollection({
  loader: glob({ pattern: '*/*/data.yaml', base: `${root}/countries`, generateId: pathId }),
  schema: z.object({
    /** `eu-departure`: an EU Member State people returned from; `priority-return`: a TACT priority country of return. */
    group: z.enum(['eu-departure', 'priority-return']),
    /** The projects the country took part in. */
    projects: z.array(z.enum(['CARE', 'TACT'])),
    /** The facts, by key. Every key must be there: an unknown fact is stated as unknown, never left out. */
    facts: z.object(Object.fromEntries(FACT_KEYS.map((k) => [k, fact])) as Record<(typeof FACT_KEYS)[number], typeof fact>),
  }),
});

/** The glossary, one file per language: content/glossary/<locale>.yaml */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/glossary`, generateId: pathId }),
  schema: z.object({
    /** When a person last checked the glossary against its sources. */
    lastReviewed: day,
    /** When it must be checked again. */
    nextReview: day,
    /** Present on translations only. */
    translation: translation.optional(),
    /** The terms, in any order (the page sorts them per language). */
    terms: z
      .array(
        z.object({
          /** Stable anchor, the same in every language (`nrm`). Never reuse one. */
          id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
          /** The term as readers meet it. */
          term: z.string().min(1),
          /** Its usual abbreviation, if any (`NRM`). */
          abbr: z.string().optional(),
          /** A plain-language definition in our own words. */
          definition: z.string().min(1),
          /** Where the term is defined or described. At least one. */
          sources: z.array(factSource).min(1, 'a glossary term needs at least one source'),
        }),
      )
      .min(1),
  }),
});

/** Label of a checklist item in each language (English required). */
const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/checklists`, generateId: pathId }),
  schema: z.object({
    /** The checklist's version. Bump it when items change; saved runs migrate by item id. */
    version: z.string().regex(/^\d+(\.\d+)*$/, 'a version is numbers separated by dots, e.g. 1.2'),
    /** Title per language. */
    title: localized,
    /** The SOP and version this checklist implements. */
    sop: z.object({ id: z.string().min(1), version: z.string().min(1) }),
    /** Questions that show or hide items (e.g. "Is the person a child?"). */
    conditions: z
      .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), label: localized }))
      .default([]),
    /** Roles used to group items, with their labels. */
    roles: z.array(z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), label: localized })).default([]),
    /** Item ids that were used by earlier versions and must never be used again. */
    retired: z.array(z.string()).default([]),
    /** The items, in order. */
    items: z
      .array(
        z.object({
          /** Stable id: never changes, never reused for another item. */
          id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
          /** The item's text per language. */
          text: localized,
          /** The id of the SOP step (or heading) this item implements. */
          step: z.string().min(1),
          /** Only show this item when the condition with this id is answered "yes". */
          condition: z.string().optional(),
          /** The role responsible (one of `roles`). */
          role: z.string().optional(),
        }),
      )
      .min(1),
  }),
});

/** Training modules for workshops: content/training/<module-id>/<locale>.mdx */
const training = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/training`, generateId: pathId }),
  schema: z.object({
    ...editorial,
    /** Order in the list of modules, smallest first. */
    order: z.number().int(),
    /** Who the workshop is for, in the file's language (e.g. "caseworkers", "police officers"). */
    audience: z.array(z.string().min(1)).min(1),
    /** Length of the workshop in minutes. */
    duration: z.number().int().positive(),
    /** What participants can do afterwards, one per line. */
    objectives: z.array(z.string().min(1)).min(1),
    /** What participants should know or have read first. */
    prerequisites: z.array(z.string().min(1)).default([]),
    /** What the trainer needs (printed checklists, projector…). */
    materials: z.array(z.string().min(1)).default([]),
    /** Checklists (content/checklists ids) the module's exercises use. */
    checklists: z.array(z.string()).default([]),
  }),
});

/** Inflected forms for search in languages Pagefind cannot stem: content/search/<locale>.yaml */
const searchTerms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/search`, generateId: pathId }),
  schema: z.object({
    /** Each group: forms of one word (`дитина`, `дітей`…); a page with one form is found by all. */
    groups: z.array(z.array(z.string().min(1)).min(2)),
  }),
});

export const collections = { sops, pages, trm, countries, countryData, glossary, checklists, training, searchTerms };
