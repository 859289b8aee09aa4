/** The components MDX content may use without importing them (see docs/CONTENT-MODEL.md). */
import Steps from './Steps.astro';
import Step from './Step.astro';
import Term from './Term.astro';
import Callout from './Callout.astro';

export const mdxComponents = { Steps, Step, Term, Callout };
