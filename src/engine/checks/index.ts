/** The catalogue of checks, in report order. */
import { Check } from './types';
import { layoutNotFound } from './layout-not-found';
import { layoutIncomplete } from './layout-incomplete';
import { headerFieldMissing } from './header-field-missing';
import { budgetValueInvalid } from './budget-value-invalid';
import { budgetSourcesMismatch } from './budget-sources-mismatch';
import { budgetOverExecuted } from './budget-over-executed';
import { budgetRateMismatch } from './budget-rate-mismatch';
import { budgetScoreMismatch } from './budget-score-mismatch';
import { budgetRateLow } from './budget-rate-low';
import { budgetAdjustedUnexplained } from './budget-adjusted-unexplained';
import { weightMissing } from './weight-missing';
import { actualMissing } from './actual-missing';
import { targetUnparseable } from './target-unparseable';
import { targetOperatorNonstandard } from './target-operator-nonstandard';
import { unitMismatch } from './unit-mismatch';
import { actualNotNumeric } from './actual-not-numeric';
import { actualCopiesTarget } from './actual-copies-target';
import { scoreMissing } from './score-missing';
import { scoreExceedsWeight } from './score-exceeds-weight';
import { scoreMismatch } from './score-mismatch';
import { scoreFullNotAchieved } from './score-full-not-achieved';
import { qualitativeScoreOutOfBand } from './qualitative-score-out-of-band';
import { deviationNoteMissing } from './deviation-note-missing';
import { deviationNoteSuggested } from './deviation-note-suggested';
import { level1WeightMismatch } from './level1-weight-mismatch';
import { level1WeightProfile } from './level1-weight-profile';
import { blockWeightMismatch } from './block-weight-mismatch';
import { weightSumMismatch } from './weight-sum-mismatch';
import { totalWeightMismatch } from './total-weight-mismatch';
import { totalMismatch } from './total-mismatch';
import { templateTextLeft } from './template-text-left';
import { costSavingRateMismatch } from './cost-saving-rate-mismatch';
import { templateRowsSkipped } from './template-rows-skipped';
import { layoutPartial } from './layout-partial';

export const CHECKS: Check[] = [
  layoutNotFound,
  layoutIncomplete,
  layoutPartial,
  templateRowsSkipped,
  headerFieldMissing,
  budgetValueInvalid,
  budgetSourcesMismatch,
  budgetOverExecuted,
  budgetRateMismatch,
  budgetScoreMismatch,
  budgetRateLow,
  budgetAdjustedUnexplained,
  weightMissing,
  actualMissing,
  targetUnparseable,
  targetOperatorNonstandard,
  unitMismatch,
  actualNotNumeric,
  actualCopiesTarget,
  scoreMissing,
  scoreExceedsWeight,
  scoreMismatch,
  scoreFullNotAchieved,
  qualitativeScoreOutOfBand,
  deviationNoteMissing,
  deviationNoteSuggested,
  level1WeightMismatch,
  level1WeightProfile,
  blockWeightMismatch,
  weightSumMismatch,
  totalWeightMismatch,
  totalMismatch,
  templateTextLeft,
  costSavingRateMismatch,
];

export * from './types';
