// Logistic weights for attribution confidence, as data. Refit with
// `node scripts/run-ts.mjs scripts/fit-confidence.ts` (reads the PolNeAR training split when present).
// Fitted on 10525 attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
  bias: 3.136,
  cue_according: 0.117,
  cue_reporting_noun: -1.604,
  cue_colon: -0.938,
  cue_embed: 1,
  cue_link: -0.2,
  cue_context: -0.539,
  cue_weak: -0.478,
  pos_after: 0.81,
  pos_inverted: 1.055,
  other_sentence: 0,
  res_pronoun: 0,
  res_title: 0,
  res_unresolved: -0.207,
  generic_mention: -0.774,
  indirect: -0.479,
  kind_anonymous: -0.029,
  kind_vague: -1.235,
  kind_document: 0.7,
  kind_outlet: -0.169,
  kind_author: -1.427,
  form_quote: 0.279,
  form_figure: -1.124,
  hedged: -0.978,
  ambiguous_clause: -1.338,
  continued: -1.917,
  impersonal: -2.673,
  long_content: -0.15,
};

/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */
export const CALIBRATION = { a: 0.748, b: 0.039 };
