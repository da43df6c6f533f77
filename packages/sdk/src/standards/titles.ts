/**
 * Short cluster titles in Tutorkit's own words, written for tutors (never the official statement
 * text, which is not ours to copy). Every major-emphasis cluster of grades 3–8 has one.
 */
import type { StandardCode } from './ccss-data.js';

export const CLUSTER_TITLES: Partial<Record<StandardCode, string>> = {
  '3.OA.A': 'Multiply and divide with equal groups and arrays',
  '3.OA.B': 'Use the properties of multiplication to multiply and divide',
  '3.OA.C': 'Know multiplication and division facts within 100',
  '3.OA.D': 'Solve two-step word problems and spot number patterns',
  '3.NF.A': 'Understand unit fractions and place fractions on a number line',
  '3.MD.A': 'Tell time and measure liquid volume and mass',
  '3.MD.C': 'Find area by tiling and multiplying',
  '4.OA.A': 'Solve word problems with all four operations, including comparisons',
  '4.NBT.A': 'Read, write, compare and round multi-digit whole numbers',
  '4.NBT.B': 'Add, subtract, multiply and divide larger whole numbers',
  '4.NF.A': 'Find equivalent fractions and compare fractions',
  '4.NF.B': 'Add and subtract like fractions; multiply a fraction by a whole number',
  '4.NF.C': 'Write tenths and hundredths as decimals and compare them',
  '5.NBT.A': 'Place value with decimals and powers of ten',
  '5.NBT.B': 'Multi-digit multiplication and division; decimal arithmetic',
  '5.NF.A': 'Add and subtract fractions with unlike denominators',
  '5.NF.B': 'Multiply fractions and divide with unit fractions',
  '5.MD.C': 'Find volume by counting cubes and multiplying',
  '6.RP.A': 'Use ratios, rates and unit rates',
  '6.NS.A': 'Divide a fraction by a fraction',
  '6.NS.C': 'Use negative numbers, absolute value and the coordinate plane',
  '6.EE.A': 'Write and evaluate expressions with exponents and variables',
  '6.EE.B': 'Solve one-step equations and write inequalities',
  '6.EE.C': 'Describe how one quantity depends on another',
  '7.RP.A': 'Recognize proportional relationships and solve percent and rate problems',
  '7.NS.A': 'Compute with positive and negative rational numbers',
  '7.EE.A': 'Rewrite expressions in equivalent forms',
  '7.EE.B': 'Solve word problems with equations and inequalities',
  '8.EE.A': 'Use integer exponents, square and cube roots, and scientific notation',
  '8.EE.B': 'Relate proportional relationships to slope and lines',
  '8.EE.C': 'Solve linear equations and systems of two equations',
  '8.F.A': 'Understand functions as rules and compare them',
  '8.F.B': 'Model relationships with linear functions',
  '8.G.A': 'Use rotations, reflections, translations and dilations to compare figures',
  '8.G.B': 'Use the Pythagorean theorem to find lengths and distances',
};
