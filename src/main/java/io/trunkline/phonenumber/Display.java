package io.trunkline.phonenumber;

/**
 * How a stored number is shown: the international form for E.164 numbers, as stored for
 * pseudo numbers.
 */
final class Display {

	private Display() {
	}

	static String international(String number, boolean pseudo) {
		if (pseudo) {
			return number;
		}
		try {
			return NumberNormalizer.normalize(number, null).international();
		}
		catch (InvalidNumberException ex) {
			return number;
		}
	}

}
