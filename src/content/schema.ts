/**
 * Zod schemas for the toolkit's content: one schema per content file, the same in every
 * language. Error messages are written for content editors: they say what to write.
 */
import { z } from 'zod';
import { blockIds } from '../core/blocks.ts';
import { factorIds, nodeIds } from '../core/model.ts';
import { conflictRules, conflictSteps } from '../core/conflict-check.ts';
import { cultureDimensions } from '../core/culture-scan.ts';
import {
  influenceCategories,
  influenceLevels,
  rings,
  tieFlags,
  tieKinds,
} from '../core/influence-map.ts';
import { influenceSignals } from '../core/influence-signals.ts';
import { dutyIds, officesWithDuty } from '../core/legal-duties.ts';
import { perspectiveSteps } from '../core/reflection.ts';
import { dilemmaPerspectives, tipEfforts } from '../core/act-ids.ts';
import { bodiesFor, bodies, officeRoles, offices } from '../core/office.ts';
import { policyAreas } from '../core/policy-areas.ts';
import { areaFeatures, riskDomains, vulnerableProcesses } from '../core/risk-scan.ts';
import { exposureQuestions, safetyAreas } from '../core/safety.ts';
import { conditionEffects } from '../core/starting-point.ts';
import { organisationLinkKinds } from '../core/organisation.ts';

const text = (max: number) =>
  z
    .string({ error: 'write a text here' })
    .trim()
    .min(1, 'this text is empty')
    .max(max, `this text is longer than ${max} characters; split or shorten it`);

const id = z
  .string({ error: 'give an id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id uses lowercase letters, digits and hyphens only');

const paragraphs = z.array(text(1200)).min(1, 'write at least one paragraph');
const webAddress = z.url({ protocol: /^https$/ });
/** A full https:// address, or a page of the toolkit itself (`/meer-weten`; see links.ts). */
const url = z
  .string({ error: 'give a full https:// address' })
  .refine((value) => /^\/[a-z0-9/-]*$/.test(value) || webAddress.safeParse(value).success, {
    message: 'give a full https:// address, or a page of the toolkit such as /meer-weten',
  });

/** A titled piece of running text, used by the informational pages. */
export const sectionSchema = z.strictObject({
  id,
  heading: text(120),
  paragraphs,
  list: z.array(text(400)).optional(),
  sources: z.array(id).optional(),
});

/** site.yaml: the toolkit's name, the home page and the privacy promise. */
export const siteSchema = z.strictObject({
  name: text(40),
  tagline: text(160),
  home: z.strictObject({
    heading: text(120),
    lead: text(600),
    sections: z.array(sectionSchema).min(1),
  }),
  privacy: z.strictObject({ heading: text(120), paragraphs }),
});

const oneOfEach =
  <T extends string>(ids: readonly T[], what: string) =>
  (entries: ReadonlyArray<{ id: T }>, ctx: z.RefinementCtx) => {
    for (const expected of ids) {
      const count = entries.filter((entry) => entry.id === expected).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            count === 0
              ? `${what} "${expected}" is missing`
              : `${what} "${expected}" appears ${count} times`,
        });
      }
    }
  };

/** blocks.yaml: the introduction of each of the five blocks. */
export const blocksSchema = z.strictObject({
  blocks: z
    .array(
      z.strictObject({
        id: z.enum(blockIds, { error: `the id must be one of: ${blockIds.join(', ')}` }),
        title: text(60),
        summary: text(300),
        purpose: paragraphs,
        goals: z.array(text(300)).min(2, 'name at least two learning goals'),
        minutes: z.number().int().min(1).max(90),
        stored: text(600),
      }),
    )
    .superRefine(oneOfEach(blockIds, 'block')),
});

/** model.yaml: the three nodes and Weerbaar's six factors. */
export const modelSchema = z.strictObject({
  nodes: z
    .array(
      z.strictObject({
        id: z.enum(nodeIds, { error: `the id must be one of: ${nodeIds.join(', ')}` }),
        name: text(60),
        description: text(800),
      }),
    )
    .superRefine(oneOfEach(nodeIds, 'node')),
  factors: z
    .array(
      z.strictObject({
        id: z.enum(factorIds, { error: `the id must be one of: ${factorIds.join(', ')}` }),
        name: text(60),
        summary: text(200),
        description: paragraphs,
        node: z.enum(nodeIds, { error: `the node must be one of: ${nodeIds.join(', ')}` }),
        sources: z.array(id).min(1, 'name at least one source'),
      }),
    )
    .superRefine(oneOfEach(factorIds, 'factor')),
});

/** sources.yaml: every source the content cites. */
export const sourcesSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        id,
        citation: text(400),
        url: url.optional(),
      }),
    )
    .min(1),
});

/** offices.yaml: names of the bodies and offices as the user reads them. */
export const officesSchema = z.strictObject({
  bodies: z
    .array(
      z.strictObject({
        id: z.enum(bodies, { error: `the id must be one of: ${bodies.join(', ')}` }),
        name: text(40),
        areaLabel: text(60),
      }),
    )
    .superRefine(oneOfEach(bodies, 'body')),
  offices: z
    .array(
      z.strictObject({
        id: z.enum(offices, { error: `the id must be one of: ${offices.join(', ')}` }),
        name: text(60),
        description: text(300),
      }),
    )
    .superRefine(oneOfEach(offices, 'office')),
});

/** A page of running text: background.yaml (around the model), privacy.yaml, accessibility.yaml. */
export const articleSchema = z.strictObject({
  heading: text(120),
  lead: text(600),
  sections: z.array(sectionSchema).min(1),
});

const phone = z
  .string({ error: 'write a phone number' })
  .regex(/^[0-9 +-]{3,20}$/, 'write a phone number with digits, spaces and hyphens');

/** A contact on the Meer weten page (support.yaml; an overlay's support.yaml). */
export const supportContactSchema = z.strictObject({
  id,
  name: text(120),
  description: text(800),
  when: z.array(text(300)).min(1, 'say when to contact them'),
  phone: phone.optional(),
  url: url.optional(),
  sources: z.array(id).optional(),
});

/** support.yaml: the Meer weten of doen? page with national support routes. */
export const supportSchema = z.strictObject({
  heading: text(120),
  lead: text(600),
  emergency: text(300),
  contacts: z.array(supportContactSchema).min(1),
  sections: z.array(sectionSchema).min(1),
});

const bandText = z.strictObject({
  meaning: text(700),
  suggestion: text(500),
});

/** The smallest number of statements per factor that every office must see. */
export const minimumItemsPerFactor = 7;

/** selftest.yaml: the statements of the self-test and the texts of its profile. */
export const selfTestSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    scale: z
      .array(z.strictObject({ value: z.number().int().min(1).max(5), label: text(40) }))
      .length(5, 'the scale has exactly five points')
      .refine((points) => points.every((point, index) => point.value === index + 1), {
        message: 'the scale points have the values 1, 2, 3, 4, 5 in that order',
      }),
    notApplicable: text(40),
    themes: z
      .array(z.strictObject({ id, title: text(80), intro: text(400) }))
      .min(3, 'group the statements in at least three themes'),
    items: z
      .array(
        z.strictObject({
          id,
          factor: z.enum(factorIds, {
            error: `the factor must be one of: ${factorIds.join(', ')}`,
          }),
          theme: id,
          keying: z.enum(['positive', 'reverse'], { error: 'keying is positive or reverse' }),
          roles: z
            .array(z.enum(officeRoles, { error: `a role is one of: ${officeRoles.join(', ')}` }))
            .min(1)
            .optional(),
          text: text(300),
        }),
      )
      .min(42, 'the self-test has at least 42 statements'),
    factors: z
      .array(
        z.strictObject({
          id: z.enum(factorIds, { error: `the id must be one of: ${factorIds.join(', ')}` }),
          bands: z.strictObject({
            kracht: bandText,
            aandachtspunt: bandText,
            kwetsbaarheid: bandText,
          }),
          roleNotes: z.strictObject({
            representative: text(500),
            executive: text(500),
            candidate: text(500),
          }),
          reflection: z.array(text(300)).min(2).max(3),
          tips: z.array(id).optional(),
        }),
      )
      .superRefine(oneOfEach(factorIds, 'factor')),
    method: z.strictObject({ paragraphs, limits: z.array(text(500)).min(3) }),
  })
  .superRefine((selfTest, ctx) => {
    const themeIds = new Set(selfTest.themes.map((theme) => theme.id));
    selfTest.items.forEach((item, index) => {
      if (!themeIds.has(item.theme)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'theme'],
          message: `theme "${item.theme}" does not exist in themes`,
        });
      }
    });
    for (const factor of factorIds) {
      const items = selfTest.items.filter((item) => item.factor === factor);
      if (!items.some((item) => item.keying === 'reverse')) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `factor "${factor}" needs at least one reverse-keyed statement`,
        });
      }
      for (const role of officeRoles) {
        const seen = items.filter((item) => !item.roles || item.roles.includes(role)).length;
        if (seen < minimumItemsPerFactor) {
          ctx.addIssue({
            code: 'custom',
            path: ['items'],
            message: `a ${role} sees ${seen} statements of factor "${factor}"; every office needs at least ${minimumItemsPerFactor}`,
          });
        }
      }
    }
  });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} must be one of: ${values.join(', ')}` });

/** conditions.yaml: the starting-point inventory of block "Wat draag je mee?". */
export const conditionsSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    categories: z
      .array(z.strictObject({ id, title: text(80), intro: text(400) }))
      .min(6, 'group the conditions in at least six categories'),
    conditions: z
      .array(
        z.strictObject({
          id,
          category: id,
          effect: enumOf(conditionEffects, 'the effect'),
          text: text(200),
          explanation: text(700),
          watch: text(500).optional(),
        }),
      )
      .min(20, 'the starting point has at least 20 conditions'),
  })
  .superRefine((file, ctx) => {
    const categoryIds = new Set(file.categories.map((category) => category.id));
    file.conditions.forEach((condition, index) => {
      if (!categoryIds.has(condition.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['conditions', index, 'category'],
          message: `category "${condition.category}" does not exist in categories`,
        });
      }
      if (condition.effect !== 'strengthens' && !condition.watch) {
        ctx.addIssue({
          code: 'custom',
          path: ['conditions', index, 'watch'],
          message: 'a condition that can weaken needs a "watch" text: what to look out for',
        });
      }
    });
    for (const category of file.categories) {
      if (!file.conditions.some((condition) => condition.category === category.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories'],
          message: `category "${category.id}" has no conditions`,
        });
      }
    }
  });

/** portfolio.yaml: the policy areas, and the conflict check's rules and lawful steps. */
export const portfolioContentSchema = z.strictObject({
  areas: z
    .array(z.strictObject({ id: enumOf(policyAreas, 'the id'), name: text(60) }))
    .superRefine(oneOfEach(policyAreas, 'area')),
  otherSector: text(60),
  check: z.strictObject({ lead: text(600), paragraphs }),
  rules: z
    .array(
      z.strictObject({
        id: enumOf(conflictRules, 'the id'),
        title: text(120),
        explanation: text(700),
      }),
    )
    .superRefine(oneOfEach(conflictRules, 'rule')),
  steps: z
    .array(
      z.strictObject({
        id: enumOf(conflictSteps, 'the id'),
        title: text(80),
        text: text(600),
        sources: z.array(id).optional(),
      }),
    )
    .superRefine(oneOfEach(conflictSteps, 'step')),
  statement: z.strictObject({ lead: text(600), paragraphs }),
});

/** duties.yaml: the legal duties per office, with the rule and article for each office. */
export const dutiesSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    duties: z
      .array(
        z.strictObject({
          id: enumOf(dutyIds, 'the id'),
          title: text(100),
          explanation: text(800),
          references: z
            .array(
              z.strictObject({
                offices: z.array(enumOf(offices, 'an office')).min(1),
                bodies: z.array(enumOf(bodies, 'a body')).min(1).optional(),
                text: text(300),
              }),
            )
            .min(1, 'give the rule or article for each office'),
          sources: z.array(id).min(1, 'name at least one source'),
        }),
      )
      .superRefine(oneOfEach(dutyIds, 'duty')),
  })
  .superRefine((file, ctx) => {
    file.duties.forEach((duty, index) => {
      for (const office of officesWithDuty(duty.id)) {
        for (const body of bodiesFor(office)) {
          const count = duty.references.filter(
            (reference) =>
              reference.offices.includes(office) &&
              (!reference.bodies || reference.bodies.includes(body)),
          ).length;
          if (count !== 1) {
            ctx.addIssue({
              code: 'custom',
              path: ['duties', index, 'references'],
              message: `give exactly one reference for office "${office}" in a ${body} (found ${count})`,
            });
          }
        }
      }
    });
  });

const rolesText = (max: number) =>
  z.strictObject({ representative: text(max), executive: text(max), candidate: text(max) });

/** risks.yaml: area features, vulnerable processes, partners and the risk domains. */
export const risksSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    features: z
      .array(
        z.strictObject({
          id: enumOf(areaFeatures, 'the id'),
          name: text(80),
          explanation: text(500),
          bodies: z.array(enumOf(bodies, 'a body')).min(1),
        }),
      )
      .superRefine(oneOfEach(areaFeatures, 'feature')),
    processes: z
      .array(
        z.strictObject({
          id: enumOf(vulnerableProcesses, 'the id'),
          name: text(80),
          explanation: text(500),
        }),
      )
      .superRefine(oneOfEach(vulnerableProcesses, 'process')),
    partners: z
      .array(z.strictObject({ id, name: text(120), role: text(400) }))
      .min(4, 'name at least four partners'),
    domains: z
      .array(
        z.strictObject({
          id: enumOf(riskDomains, 'the id'),
          title: text(100),
          summary: text(400),
          why: text(800),
          signals: z.array(text(300)).min(5, 'give at least five warning signals'),
          measures: z.array(text(400)).min(3, 'give at least three barriers or measures'),
          partners: z.array(id).min(1, 'name at least one partner'),
          canDo: rolesText(600),
          cannotDo: text(600),
          sources: z.array(id).optional(),
        }),
      )
      .superRefine(oneOfEach(riskDomains, 'domain')),
  })
  .superRefine((file, ctx) => {
    const partnerIds = new Set(file.partners.map((partner) => partner.id));
    file.domains.forEach((domain, index) => {
      domain.partners.forEach((partner, at) => {
        if (!partnerIds.has(partner)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', index, 'partners', at],
            message: `partner "${partner}" does not exist in partners`,
          });
        }
      });
    });
  });

/** safety.yaml: the exposure check, national figures and the personal safety plan. */
export const safetySchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    questions: z
      .array(
        z.strictObject({
          id: enumOf(exposureQuestions, 'the id'),
          question: text(200),
          explanation: text(500),
        }),
      )
      .superRefine(oneOfEach(exposureQuestions, 'question')),
    levels: z.strictObject({ high: text(600), medium: text(600), low: text(600) }),
    figures: z.strictObject({
      intro: text(600),
      rows: z
        .array(
          z.strictObject({
            id,
            year: z.number().int().min(2000).max(2100),
            group: text(80),
            value: text(40),
            note: text(300).optional(),
          }),
        )
        .min(4, 'give at least four figures'),
      effects: z.array(text(400)).min(1),
      sources: z.array(id).min(1, 'name the source of the figures'),
    }),
    areas: z
      .array(
        z.strictObject({ id: enumOf(safetyAreas, 'the id'), title: text(60), intro: text(400) }),
      )
      .superRefine(oneOfEach(safetyAreas, 'area')),
    measures: z
      .array(
        z.strictObject({
          id,
          area: enumOf(safetyAreas, 'the area'),
          title: text(120),
          explanation: text(600),
        }),
      )
      .min(15, 'give at least fifteen measures'),
    help: z.array(sectionSchema).min(1),
  })
  .superRefine((file, ctx) => {
    for (const area of safetyAreas) {
      const count = file.measures.filter((measure) => measure.area === area).length;
      if (count < 3) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures'],
          message: `area "${area}" has ${count} measures; give at least three`,
        });
      }
    }
  });

/** media.yaml: guidance on media and social media, and practice scenarios. */
export const mediaSchema = z.strictObject({
  intro: z.strictObject({ lead: text(600), paragraphs }),
  guidance: z.array(sectionSchema).min(3, 'give at least three guidance sections'),
  scenarios: z
    .array(
      z.strictObject({
        id,
        title: text(100),
        situation: text(800),
        questions: z.array(text(300)).min(2).max(4),
        pointers: z.array(text(400)).min(2, 'give at least two pointers'),
      }),
    )
    .min(6, 'give at least six scenarios'),
});

const named = <T extends readonly [string, ...string[]]>(ids: T, what: string, max = 60) =>
  z
    .array(z.strictObject({ id: enumOf(ids, 'the id'), name: text(max), description: text(300) }))
    .superRefine(oneOfEach(ids, what));

/** influence.yaml: the influence map's words, its signals, unwritten rules and perspectives. */
export const influenceSchema = z.strictObject({
  intro: z.strictObject({ lead: text(600), paragraphs }),
  categories: named(influenceCategories, 'category'),
  rings: named(rings, 'ring'),
  levels: named(influenceLevels, 'level'),
  ties: named(tieKinds, 'tie'),
  flags: named(tieFlags, 'flag'),
  signals: z
    .array(
      z.strictObject({
        id: enumOf(influenceSignals, 'the id'),
        title: text(120),
        explanation: text(700),
        action: text(600),
      }),
    )
    .superRefine(oneOfEach(influenceSignals, 'signal')),
  unwrittenRules: z.strictObject({
    intro: text(600),
    prompts: z
      .array(z.strictObject({ id, theme: text(80), question: text(300), hint: text(400) }))
      .min(8, 'give at least eight prompts'),
  }),
  perspectives: z.strictObject({
    intro: text(800),
    steps: z
      .array(
        z.strictObject({
          id: enumOf(perspectiveSteps, 'the id'),
          title: text(80),
          questions: z.array(text(300)).min(2).max(5),
        }),
      )
      .superRefine(oneOfEach(perspectiveSteps, 'step')),
  }),
});

/** culture.yaml: the team culture scan. */
export const cultureSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    scale: z
      .array(z.strictObject({ value: z.number().int().min(1).max(5), label: text(40) }))
      .length(5, 'the scale has exactly five points'),
    notApplicable: text(40),
    dimensions: z
      .array(
        z.strictObject({
          id: enumOf(cultureDimensions, 'the id'),
          name: text(60),
          description: text(400),
          starters: z.array(text(300)).min(2, 'give at least two conversation starters').max(4),
        }),
      )
      .superRefine(oneOfEach(cultureDimensions, 'dimension')),
    items: z
      .array(
        z.strictObject({
          id,
          dimension: enumOf(cultureDimensions, 'the dimension'),
          keying: z.enum(['positive', 'reverse'], { error: 'keying is positive or reverse' }),
          text: text(300),
        }),
      )
      .min(16, 'the culture scan has at least 16 statements')
      .max(24, 'the culture scan has at most 24 statements'),
    method: z.strictObject({ paragraphs, sources: z.array(id).min(1) }),
  })
  .superRefine((file, ctx) => {
    for (const dimension of cultureDimensions) {
      const count = file.items.filter((item) => item.dimension === dimension).length;
      if (count < 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `dimension "${dimension}" has ${count} statements; give at least two`,
        });
      }
    }
  });

const idsExist = (
  ctx: z.RefinementCtx,
  known: ReadonlySet<string>,
  ids: readonly string[],
  path: ReadonlyArray<string | number>,
  what: string,
) => {
  ids.forEach((value, index) => {
    if (!known.has(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `${what} "${value}" does not exist; check the spelling or add it`,
      });
    }
  });
};

/** One tip (tips.yaml; an overlay's tips.yaml). */
export const tipSchema = z.strictObject({
  id,
  title: text(120),
  action: text(600),
  why: text(600),
  node: enumOf(nodeIds, 'the node'),
  effort: enumOf(tipEfforts, 'the effort'),
  factors: z.array(enumOf(factorIds, 'a factor')).optional(),
  roles: z.array(enumOf(officeRoles, 'a role')).min(1).optional(),
  riskDomains: z.array(enumOf(riskDomains, 'a risk domain')).optional(),
  conflicts: z.array(enumOf(conflictRules, 'a conflict rule')).optional(),
  signals: z.array(enumOf(influenceSignals, 'an influence signal')).optional(),
  threats: z.boolean().optional(),
  conditions: z.boolean().optional(),
  starter: z.boolean().optional(),
  sources: z.array(id).optional(),
});

/** tips.yaml: the tips library of block "Wat kun je doen?" and the re-check moments. */
export const tipsSchema = z.strictObject({
  intro: z.strictObject({ lead: text(600), paragraphs }),
  tips: z.array(tipSchema).min(40, 'the library has at least 40 tips'),
  moments: z
    .array(z.strictObject({ id, title: text(100), description: text(400) }))
    .min(4, 'name at least four re-check moments'),
});

/** A contact the guides name (guides.yaml; an overlay's guides.yaml). */
export const guideContactSchema = z.strictObject({
  id,
  name: text(120),
  role: text(400),
  phone: phone.optional(),
  url: url.optional(),
  bodies: z.array(enumOf(bodies, 'a body')).min(1).optional(),
  offices: z.array(enumOf(offices, 'an office')).min(1).optional(),
});

/** guides.yaml: the "wat te doen als" guides and the contacts they name. */
export const guidesSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    contacts: z.array(guideContactSchema).min(6),
    guides: z
      .array(
        z.strictObject({
          id,
          title: text(120),
          summary: text(400),
          urgent: text(300).optional(),
          questions: z
            .array(
              z.strictObject({
                id,
                text: text(200),
                options: z
                  .array(z.strictObject({ id, label: text(120) }))
                  .min(2)
                  .max(5),
              }),
            )
            .min(1)
            .max(4),
          steps: z
            .array(
              z.strictObject({
                id,
                title: text(120),
                text: text(700),
                when: z.record(z.string(), z.array(id).min(1)).optional(),
                contacts: z.array(id).optional(),
              }),
            )
            .min(3, 'a guide has at least three steps'),
          sources: z.array(id).optional(),
        }),
      )
      .min(8, 'give at least eight guides'),
  })
  .superRefine((file, ctx) => {
    const contactIds = new Set(file.contacts.map((contact) => contact.id));
    file.guides.forEach((guide, guideIndex) => {
      guide.steps.forEach((step, stepIndex) => {
        const path = ['guides', guideIndex, 'steps', stepIndex];
        idsExist(ctx, contactIds, step.contacts ?? [], [...path, 'contacts'], 'contact');
        for (const [questionId, optionIds] of Object.entries(step.when ?? {})) {
          const question = guide.questions.find((candidate) => candidate.id === questionId);
          if (!question) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'when'],
              message: `question "${questionId}" does not exist in this guide`,
            });
            continue;
          }
          const options = new Set(question.options.map((option) => option.id));
          idsExist(ctx, options, optionIds, [...path, 'when', questionId], 'option');
        }
      });
    });
  });

/** A theme of the dilemma trainer (dilemmas.yaml; an overlay's dilemmas.yaml). */
export const dilemmaThemeSchema = z.strictObject({ id, name: text(60) });

/** One dilemma (dilemmas.yaml; an overlay's dilemmas.yaml). */
export const dilemmaSchema = z.strictObject({
  id,
  title: text(120),
  situation: text(900),
  theme: id,
  bodies: z.array(enumOf(bodies, 'a body')).min(1),
  roles: z.array(enumOf(officeRoles, 'a role')).min(1).optional(),
  options: z
    .array(
      z.strictObject({
        id,
        label: text(200),
        considerations: z
          .array(
            z.strictObject({
              perspective: enumOf(dilemmaPerspectives, 'the perspective'),
              text: text(500),
            }),
          )
          .min(2, 'give considerations from at least two perspectives'),
        required: z.boolean().optional(),
      }),
    )
    .min(2)
    .max(4),
  rules: z.array(text(400)).min(1, 'name the rules that apply'),
  discuss: z.boolean(),
  sources: z.array(id).optional(),
});

/** dilemmas.yaml: the dilemma trainer. */
export const dilemmasSchema = z
  .strictObject({
    intro: z.strictObject({ lead: text(600), paragraphs }),
    themes: z.array(dilemmaThemeSchema).min(4),
    dilemmas: z.array(dilemmaSchema).min(25, 'give at least 25 dilemmas'),
  })
  .superRefine((file, ctx) => {
    const themeIds = new Set(file.themes.map((theme) => theme.id));
    file.dilemmas.forEach((dilemma, index) => {
      if (!themeIds.has(dilemma.theme)) {
        ctx.addIssue({
          code: 'custom',
          path: ['dilemmas', index, 'theme'],
          message: `theme "${dilemma.theme}" does not exist in themes; use one of: ${[...themeIds].join(', ')}`,
        });
      }
      if (dilemma.options.filter((option) => option.required).length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['dilemmas', index, 'options'],
          message: 'at most one option can be required by law',
        });
      }
    });
    for (const body of bodies) {
      if (!file.dilemmas.some((dilemma) => dilemma.bodies.includes(body))) {
        ctx.addIssue({ code: 'custom', path: ['dilemmas'], message: `no dilemma for a ${body}` });
      }
    }
  });

/** Every content file, by file name, with its schema. */
export const contentFiles = {
  site: siteSchema,
  blocks: blocksSchema,
  model: modelSchema,
  sources: sourcesSchema,
  offices: officesSchema,
  background: articleSchema,
  privacy: articleSchema,
  accessibility: articleSchema,
  support: supportSchema,
  selftest: selfTestSchema,
  conditions: conditionsSchema,
  portfolio: portfolioContentSchema,
  duties: dutiesSchema,
  risks: risksSchema,
  safety: safetySchema,
  media: mediaSchema,
  influence: influenceSchema,
  culture: cultureSchema,
  tips: tipsSchema,
  guides: guidesSchema,
  dilemmas: dilemmasSchema,
} as const;

export type NationalFileName = keyof typeof contentFiles;

/** The validated national content of one language. */
export type NationalContent = { [K in NationalFileName]: z.infer<(typeof contentFiles)[K]> };

/** organisation.yaml, the one file every overlay has: who adds the local content, and links. */
export const organisationSchema = z.strictObject({
  name: text(120),
  body: enumOf(bodies, 'the body'),
  intro: text(600),
  links: z
    .array(
      z.strictObject({
        id,
        kind: enumOf(organisationLinkKinds, 'the kind'),
        title: text(120),
        description: text(400),
        url,
      }),
    )
    .optional(),
});

/**
 * The files an overlay folder may hold, per language. Entries with an id that exists in the
 * national content replace that entry; other entries are added.
 */
export const overlayFiles = {
  organisation: organisationSchema,
  guides: z.strictObject({ contacts: z.array(guideContactSchema).min(1) }),
  support: z.strictObject({ contacts: z.array(supportContactSchema).min(1) }),
  tips: z.strictObject({ tips: z.array(tipSchema).min(1) }),
  dilemmas: z.strictObject({
    themes: z.array(dilemmaThemeSchema).optional(),
    dilemmas: z.array(dilemmaSchema).min(1),
  }),
} as const;

export type OverlayFileName = keyof typeof overlayFiles;

/** What the pages know of an overlay: the organisation and which entries are its own. */
export type Organisation = z.infer<typeof organisationSchema> & {
  /** Ids of the entries the overlay added or replaced, per list. */
  local: { guides: string[]; support: string[]; tips: string[]; dilemmas: string[] };
};

/** The validated content of one language; `organisation` is null without an overlay. */
export type Content = NationalContent & { organisation: Organisation | null };
export type ContentFileName = keyof Content;
export type Section = z.infer<typeof sectionSchema>;
