/// Lowercase particles that stand inside personal names (`Kate van Doore`,
/// `Ahmed bin Salman`): title-casing leaves them lowercase, and name
/// detection lets them through.
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
]);
