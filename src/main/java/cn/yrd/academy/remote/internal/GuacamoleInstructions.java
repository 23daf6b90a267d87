package cn.yrd.academy.remote.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the Guacamole protocol's text form ({@code 4.size,1.0,4.1024,3.768;}): a sequence of whole
 * instructions, each element's length counted in Unicode code points. Used on both directions of the tunnel:
 * to check what a browser sends before any of it reaches guacd, and to notice the first frame and errors in
 * what guacd sends. Arguments are only copied out for the opcodes asked for, so images cost no copies.
 */
final class GuacamoleInstructions {

	/** An element's length has at most this many digits (guacd's own limit is far below a billion). */
	private static final int MAX_DIGITS = 9;

	/**
	 * One instruction of the text.
	 *
	 * @param args the arguments if they were asked for, otherwise empty
	 * @param start where the instruction starts in the text
	 * @param end where the next one starts
	 */
	record Instruction(String opcode, List<String> args, int start, int end) {

		boolean isInternal() {
			return opcode.isEmpty();
		}

	}

	private GuacamoleInstructions() {
	}

	/**
	 * The instructions of the text, or {@code null} if it is empty or anything in it is not a well-formed
	 * instruction (a partial last instruction included).
	 */
	static List<Instruction> parse(CharSequence text, Predicate<String> argsWanted) {
		if (text.length() == 0) {
			return null;
		}
		List<Instruction> instructions = new ArrayList<>();
		int position = 0;
		while (position < text.length()) {
			Instruction instruction = next(text, position, argsWanted);
			if (instruction == null) {
				return null;
			}
			instructions.add(instruction);
			position = instruction.end();
		}
		return instructions;
	}

	private static Instruction next(CharSequence text, int start, Predicate<String> argsWanted) {
		int position = start;
		String opcode = null;
		List<String> args = null;
		while (true) {
			int length = 0;
			int digits = 0;
			while (position < text.length() && Character.isDigit(text.charAt(position))
					&& text.charAt(position) <= '9') {
				length = length * 10 + (text.charAt(position++) - '0');
				if (++digits > MAX_DIGITS) {
					return null;
				}
			}
			if (digits == 0 || position >= text.length() || text.charAt(position++) != '.') {
				return null;
			}
			int valueStart = position;
			position = skipCodePoints(text, position, length);
			if (position < 0 || position >= text.length()) {
				return null;
			}
			if (opcode == null) {
				opcode = text.subSequence(valueStart, position).toString();
				args = argsWanted.test(opcode) ? new ArrayList<>() : null;
			}
			else if (args != null) {
				args.add(text.subSequence(valueStart, position).toString());
			}
			char terminator = text.charAt(position++);
			if (terminator == ';') {
				return new Instruction(opcode, args == null ? List.of() : List.copyOf(args), start, position);
			}
			if (terminator != ',') {
				return null;
			}
		}
	}

	/** Where the text continues after {@code count} code points from {@code position}; -1 if it ends first. */
	private static int skipCodePoints(CharSequence text, int position, int count) {
		for (int i = 0; i < count; i++) {
			if (position >= text.length()) {
				return -1;
			}
			char c = text.charAt(position++);
			if (Character.isHighSurrogate(c)) {
				if (position >= text.length() || !Character.isLowSurrogate(text.charAt(position))) {
					return -1;
				}
				position++;
			}
		}
		return position;
	}

	/** The instruction in text form. */
	static String encode(String opcode, String... args) {
		StringBuilder text = new StringBuilder();
		element(text, opcode);
		for (String arg : args) {
			text.append(',');
			element(text, arg);
		}
		return text.append(';').toString();
	}

	private static void element(StringBuilder text, String value) {
		text.append(value.codePointCount(0, value.length())).append('.').append(value);
	}

}
