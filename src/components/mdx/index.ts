/** The components MDX content may use without importing them (see docs/CONTENT-MODEL.md). */
import Steps from './Steps.astro';
import Step from './Step.astro';
import Term from './Term.astro';
import Callout from './Callout.astro';
import Link from './Link.astro';
import SafetyControls from './SafetyControls.astro';

export const mdxComponents = { Steps, Step, Term, Callout, SafetyControls, a: Link };
