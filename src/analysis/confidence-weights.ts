// Logistic weights for attribution confidence, as data. Refit with
// `node scripts/run-ts.mjs scripts/fit-confidence.ts` (reads the PolNeAR training split when present).
// Fitted on 10485 attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
  bias: 3.08,
  cue_according: 0.281,
  cue_reporting_noun: -1.604,
  cue_colon: -0.833,
  cue_embed: 1,
  cue_link: -0.2,
  cue_context: -0.726,
  cue_weak: -0.692,
  pos_after: 0.596,
  pos_inverted: 0.697,
  other_sentence: 0,
  res_pronoun: 0,
  res_title: 0,
  res_unresolved: -0.032,
  generic_mention: -1.163,
  indirect: -0.426,
  kind_anonymous: -0.111,
  kind_vague: -0.792,
  kind_document: 1.393,
  kind_outlet: 0.039,
  kind_author: -1.384,
  form_quote: 0.532,
  form_figure: -1.001,
  hedged: -1.061,
  ambiguous_clause: -1.198,
  continued: -1.789,
  impersonal: -2.933,
  long_content: -0.367,
};

/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */
export const CALIBRATION = { a: 0.811, b: -0.141 };
