// Logistic weights for attribution confidence, as data. Refit with
// `node scripts/run-ts.mjs scripts/fit-confidence.ts` (reads the PolNeAR training split when present).
// Fitted on 10538 attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
  bias: 3.054,
  cue_according: 0.285,
  cue_reporting_noun: -1.604,
  cue_colon: -0.856,
  cue_embed: 1,
  cue_link: -0.2,
  cue_context: -0.694,
  cue_weak: -0.665,
  pos_after: 0.601,
  pos_inverted: 0.71,
  other_sentence: 0,
  res_pronoun: 0,
  res_title: 0,
  res_unresolved: 0,
  generic_mention: -1.141,
  indirect: -0.37,
  kind_anonymous: -0.07,
  kind_vague: -0.25,
  kind_document: 1.477,
  kind_outlet: 0.301,
  kind_author: -1.372,
  form_quote: 0.552,
  form_figure: -1.028,
  hedged: -1.149,
  ambiguous_clause: -1.107,
  continued: -1.797,
  impersonal: -3.266,
  long_content: -0.357,
};

/** Platt scaling of the product above, fitted on the development split; identity until fitted. */
export const CALIBRATION = { a: 0.921, b: -0.284 };
