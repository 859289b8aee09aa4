/**
 * Components training modules use. Participants' pages get `participantComponents` (facilitator
 * notes and answers render as nothing); the facilitator page gets `facilitatorComponents`.
 */
import { mdxComponents } from '../mdx/index.ts';
import FacilitatorNotes from './FacilitatorNotes.astro';
import Answer from './Answer.astro';
import Nothing from './Nothing.astro';
import Scenario from './Scenario.astro';
import ChecklistExercise from './ChecklistExercise.astro';
import SlideBreak from './SlideBreak.astro';

const shared = { ...mdxComponents, Scenario, ChecklistExercise, SlideBreak };
export const participantComponents = { ...shared, FacilitatorNotes: Nothing, Answer: Nothing };
export const facilitatorComponents = { ...shared, FacilitatorNotes, Answer };
