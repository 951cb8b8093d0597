// The version of the scoring rules; every stored result carries it so old results stay explainable.
export const SCORING_VERSION = 1;
