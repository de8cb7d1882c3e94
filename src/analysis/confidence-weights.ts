// Logistic weights for attribution confidence, as data. Refit with
// `node scripts/run-ts.mjs scripts/fit-confidence.ts` (reads the PolNeAR training split when present).
// Fitted on 10426 attributed claims of the training split; caps by source kind apply afterwards.
export const CONFIDENCE_WEIGHTS: Record<string, number> = {
  bias: 3.176,
  cue_according: 0.018,
  cue_reporting_noun: -1.604,
  cue_colon: -0.823,
  cue_embed: 1,
  cue_link: -0.2,
  cue_context: -0.749,
  cue_weak: -0.686,
  pos_after: 0.751,
  pos_inverted: 1.025,
  other_sentence: 0,
  res_pronoun: 0,
  res_title: 0,
  res_unresolved: -0.142,
  generic_mention: -0.932,
  indirect: -0.462,
  kind_anonymous: -0.145,
  kind_vague: -1.266,
  kind_document: 1.081,
  kind_outlet: -0.246,
  kind_author: -1.436,
  form_quote: 0.31,
  form_figure: -1.023,
  hedged: -1.016,
  ambiguous_clause: -1.321,
  continued: -1.754,
  impersonal: -2.686,
  long_content: -0.352,
};

/** Platt scaling of the product above, fitted on the training split (scripts/fit-calibration.ts). */
export const CALIBRATION = { a: 0.736, b: 0.042 };
