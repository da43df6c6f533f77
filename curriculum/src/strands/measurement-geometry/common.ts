/** Shared parts of the measurement-geometry strand: misconceptions used by several clusters and session scripts. */
import { misconception } from '../../kit.js';

export const wrongOperation = misconception({
  id: 'mg-wrong-operation',
  title: 'Picks the wrong operation for the story',
  description:
    'Adds when the story is about equal groups, or subtracts when it is about sharing: grabs the numbers and a familiar operation instead of picturing the situation.',
});

export const addsInsteadOfMultiplies = misconception({
  id: 'mg-adds-side-lengths',
  title: 'Adds lengths where it should multiply them',
  description:
    'Finds area or volume by adding the side lengths, so the answer is a length, not a count of unit squares or unit cubes.',
});

export const areaPerimeterConfusion = misconception({
  id: 'mg-area-perimeter-confusion',
  title: 'Mixes up area and perimeter',
  description: 'Gives the distance around a figure (perimeter) when the question asks for the space it covers (area).',
});

export const forgetsPart = misconception({
  id: 'mg-forgets-a-part',
  title: 'Leaves out part of a figure or a dimension',
  description:
    'Counts only one of the parts of a composite figure, or multiplies only two of the three dimensions of a box.',
});

export const forgetsSquareRoot = misconception({
  id: 'mg-forgets-square-root',
  title: 'Stops at the square',
  description: 'Finds $c^2$ with the Pythagorean theorem and gives it as the length, without taking the square root.',
});

export const addsLegs = misconception({
  id: 'mg-adds-legs',
  title: 'Adds or subtracts side lengths instead of their squares',
  description:
    'Thinks the hypotenuse is the sum of the legs (or a leg the difference of the sides): the theorem is about squares.',
});

export const SCRIPTS = {
  warmUp: 'Two quick ones to warm up. Say out loud what you are counting before you compute.',
  practice: 'Work on your own; I will come around. Read the question twice, and use a hint before you guess.',
  check: 'Five problems, no hints from me. Show what you know.',
  exitTicket: 'One last problem, then tell me one thing you will remember.',
} as const;
