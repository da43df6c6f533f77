/**
 * The packs of the starter curriculum. `tutorkit build src/packs.ts` writes one JSON file per
 * export: the whole curriculum, one pack per strand and one per grade band, so that a school can
 * load what it teaches. A pack also carries the skills its skills build on (prerequisites), even
 * from other strands, so the console can suggest going back.
 */
import { allClusters, byStrand } from './clusters.js';
import { type Cluster, definePack, LOCALES, STRANDS, type Strand } from './kit.js';

export const VERSION = '0.1.0';

function packOf(id: string, title: { en: string; es: string }, clusters: readonly Cluster[]) {
  return definePack({
    id: `tutorkit.starter${id ? `.${id}` : ''}`,
    version: VERSION,
    title,
    description: {
      en: 'Skill builders, checks for understanding and 30-minute session plans on the major work of grades 3–8, for students up to two years below grade level. Open curriculum, CC BY 4.0.',
      es: 'Prácticas de destreza, comprobaciones de comprensión y planes de sesión de 30 minutos sobre el trabajo principal de los grados 3 a 8, para estudiantes hasta dos años por debajo de su grado. Currículo abierto, CC BY 4.0.',
    },
    license: 'CC-BY-4.0',
    authors: [{ name: 'The Tutorkit contributors' }],
    locales: LOCALES,
    skills: clusters.flatMap((c) => c.skills),
    assignments: clusters.flatMap((c) => [...c.builders, c.warmUp, c.check, c.exitTicket]),
    plans: clusters.flatMap((c) => c.plans),
  });
}

const STRAND_TITLES_ES: Readonly<Record<Strand, string>> = {
  'whole-numbers': 'Operaciones con números enteros y valor posicional',
  fractions: 'Fracciones',
  'ratios-proportions': 'Razones y razonamiento proporcional',
  'negative-numbers': 'Números negativos',
  'expressions-equations': 'Expresiones y ecuaciones',
  functions: 'Funciones',
  'measurement-geometry': 'Medición y geometría',
};

const strandPack = (strand: Strand) =>
  packOf(
    strand,
    { en: `Tutorkit starter: ${STRANDS[strand]}`, es: `Tutorkit inicial: ${STRAND_TITLES_ES[strand]}` },
    byStrand[strand],
  );

const band = (from: number, to: number) => allClusters.filter((c) => c.grade >= from && c.grade <= to);

/** The whole curriculum, grades 3–8. */
export default packOf(
  '',
  { en: 'Tutorkit starter curriculum, grades 3–8', es: 'Currículo inicial de Tutorkit, grados 3 a 8' },
  allClusters,
);

export const grades3to5 = packOf(
  'grades-3-5',
  { en: 'Tutorkit starter: grades 3–5', es: 'Tutorkit inicial: grados 3 a 5' },
  band(3, 5),
);
export const grades6to8 = packOf(
  'grades-6-8',
  { en: 'Tutorkit starter: grades 6–8', es: 'Tutorkit inicial: grados 6 a 8' },
  band(6, 8),
);

export const wholeNumbers = strandPack('whole-numbers');
export const fractions = strandPack('fractions');
export const ratiosProportions = strandPack('ratios-proportions');
export const negativeNumbers = strandPack('negative-numbers');
export const expressionsEquations = strandPack('expressions-equations');
export const functions = strandPack('functions');
export const measurementGeometry = strandPack('measurement-geometry');
