import "server-only";
import type { ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import type { Locale } from "@/lib/locales";
import { stepMetaSchema, type StepMeta } from "@/lib/schemas";
import { dataset } from "@/server/evidence";

export interface LoadedStep {
  slug: string;
  meta: StepMeta;
  Content: ComponentType<{ components?: MDXComponents }>;
}

export const stepSlugs = dataset.steps.map((s) => s.slug);

export function isStepSlug(value: string): boolean {
  return stepSlugs.includes(value);
}

/** Imports one step's MDX (a static prefix and suffix, so the bundler knows every file) and checks its meta. */
export async function loadStep(slug: string, locale: Locale): Promise<LoadedStep> {
  if (!isStepSlug(slug)) throw new Error(`unknown step "${slug}"`);
  const file = `content/steps/${slug}/${locale}.mdx`;
  const mod = (await import(`../content/steps/${slug}/${locale}.mdx`)) as {
    default: LoadedStep["Content"];
    meta?: unknown;
  };
  const meta = stepMetaSchema.safeParse(mod.meta);
  if (!meta.success) {
    const issue = meta.error.issues[0]!;
    throw new Error(`${file}: meta${issue.path.length ? `.${issue.path.join(".")}` : ""}: ${issue.message}`);
  }
  return { slug, meta: meta.data, Content: mod.default };
}

export async function loadAllSteps(locale: Locale): Promise<LoadedStep[]> {
  return Promise.all(stepSlugs.map((slug) => loadStep(slug, locale)));
}
