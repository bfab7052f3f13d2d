/** True when `index` names one of `count` options; stored responses may hold anything. */
export const isOptionIndex = (index: number, count: number): boolean =>
	Number.isInteger(index) && index >= 0 && index < count;

export const NO_SUCH_OPTION = 'That choice is not one of the options; choose again.';
