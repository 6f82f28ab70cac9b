// The particles a Dutch separable verb splits off ("uitvoeren": "voert uit", "uitgevoerd"), longest first so that
// a prefix test finds "terug" before a shorter particle. Read by the participles of a defined verb
// (model/definitions.ts) and by the participle written in two words (spelling/splitParticiple.ts).
export const SEPARABLE_PARTICLES: readonly string[] = [
  'achter', 'binnen', 'buiten', 'terug', 'samen', 'tegen', 'door', 'over', 'voor', 'mee', 'aan', 'bij', 'toe', 'uit', 'weg', 'neer', 'vast', 'vrij', 'los', 'af', 'in', 'na', 'om', 'op',
].sort((a, b) => b.length - a.length);
