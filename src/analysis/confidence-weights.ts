// Logistic weights for attribution confidence, as data. Refit with
// `node scripts/run-ts.mjs scripts/fit-confidence.ts` (reads the PolNeAR training split when present).
// Fitted on 10485 attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
  bias: 3.071,
  cue_according: 0.271,
  cue_reporting_noun: -1.604,
  cue_colon: -0.829,
  cue_embed: 1,
  cue_link: -0.2,
  cue_context: -0.694,
  cue_weak: -0.692,
  pos_after: 0.595,
  pos_inverted: 0.7,
  other_sentence: 0,
  res_pronoun: 0,
  res_title: 0,
  res_unresolved: 0,
  generic_mention: -1.151,
  indirect: -0.422,
  kind_anonymous: -0.103,
  kind_vague: -0.783,
  kind_document: 1.402,
  kind_outlet: 0.174,
  kind_author: -1.381,
  form_quote: 0.536,
  form_figure: -1.004,
  hedged: -1.061,
  ambiguous_clause: -1.2,
  continued: -1.81,
  impersonal: -2.933,
  long_content: -0.366,
};

/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */
export const CALIBRATION = { a: 0.796, b: -0.132 };
