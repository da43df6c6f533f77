/** The format tag this version of Tutorkit reads and writes (its own module: it needs no schema library). */
export const PACK_FORMAT = 'tutorkit.pack/1';
