import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.border.TitledBorder;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.plaf.FontUIResource;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;

/**
 * PLC trainer panel for the S7-1200 lab image: eight input switches, eight output lamps and an
 * instruction-list (IL) program that runs cyclically while the trainer is in RUN.
 *
 * <p>Run it on the lab desktop with {@code java PlcTrainer.java}; {@code java -Djava.awt.headless=true
 * PlcTrainer.java --self-test} checks the interpreter without a display and exits 0 or 1.
 *
 * <p>The interpreter (Parser, Executor and their records) knows nothing of Swing, so the self-test
 * drives it with a clock it controls.
 */
public final class PlcTrainer {

	public static void main(String[] args) {
		if (!Texts.SOURCE_READ_AS_UTF8) {
			System.err.println("warning: this source file was not read as UTF-8, so its Chinese texts are garbled;"
					+ " showing English only. Run it with java -Dfile.encoding=UTF-8 (or a UTF-8 locale).");
		}
		if (Arrays.asList(args).contains("--self-test")) {
			System.exit(new SelfTest(System.out).runAll() ? 0 : 1);
		}
		SwingUtilities.invokeLater(TrainerWindow::open);
	}

	// ------------------------------------------------------------------ interpreter

	/** The memory areas an operand can address. */
	enum Area { I, Q, M, T }

	/** A bit address: I, Q and M as byte * 8 + bit, T as the timer number. */
	record Operand(Area area, int index) {

		int byteIndex() {
			return index / 8;
		}

		@Override
		public String toString() {
			return area == Area.T ? "T" + index : area.name() + byteIndex() + "." + (index % 8);
		}
	}

	enum Op {
		LD, LDN, AND, ANDN, OR, ORN, NOT, ST, STN, S, R, TON;

		boolean writes() {
			return this == ST || this == STN || this == S || this == R;
		}

		String usage() {
			return switch (this) {
				case NOT -> "NOT";
				case TON -> "TON Tn, <ms>";
				default -> name() + " x";
			};
		}
	}

	/** One program line; presetMillis is used by TON only. */
	record Instruction(int line, Op op, Operand operand, long presetMillis) {
	}

	/** A message in both languages; the window shows what the screen's fonts can display. */
	record Text(String zh, String en) {
	}

	/** A program the trainer refuses to run, with the 1-based line at fault. */
	static final class ParseException extends Exception {

		final int line;

		final Text text;

		ParseException(int line, String zh, String en) {
			super("line " + line + ": " + en);
			this.line = line;
			this.text = new Text(zh, en);
		}
	}

	/** Turns IL source into instructions, checking every operand against what this trainer has. */
	static final class Parser {

		static final int MEMORY_BYTES = 8;

		static final int TIMERS = 8;

		static final long MAX_PRESET_MILLIS = 3_600_000;

		private static final Pattern BIT = Pattern.compile("%?([IQM])(\\d{1,3})\\.(\\d{1,3})");

		private static final Pattern TIMER = Pattern.compile("%?T(\\d{1,3})");

		private static final Pattern DURATION = Pattern.compile("(?:T#)?(\\d{1,7})(MS|S)?");

		static List<Instruction> parse(String source) throws ParseException {
			List<Instruction> program = new ArrayList<>();
			String[] lines = source.split("\\R", -1);
			for (int i = 0; i < lines.length; i++) {
				Instruction instruction = parseLine(i + 1, lines[i]);
				if (instruction != null) {
					program.add(instruction);
				}
			}
			if (program.isEmpty()) {
				throw new ParseException(1, "程序中没有指令", "the program has no instructions");
			}
			return List.copyOf(program);
		}

		private static Instruction parseLine(int line, String text) throws ParseException {
			int comment = text.indexOf("//");
			String code = (comment >= 0 ? text.substring(0, comment) : text).trim();
			if (code.isEmpty()) {
				return null;
			}
			String[] words = code.toUpperCase(Locale.ROOT).split("[\\s,]+");
			Op op = opcode(line, words[0]);
			int expected = op == Op.NOT ? 0 : op == Op.TON ? 2 : 1;
			if (words.length - 1 != expected) {
				throw new ParseException(line, "格式应为 " + op.usage(), "expected " + op.usage());
			}
			if (op == Op.NOT) {
				return new Instruction(line, op, null, 0);
			}
			Operand operand = operand(line, op, words[1]);
			long preset = op == Op.TON ? duration(line, words[2]) : 0;
			return new Instruction(line, op, operand, preset);
		}

		private static Op opcode(int line, String word) throws ParseException {
			for (Op op : Op.values()) {
				if (op.name().equals(word)) {
					return op;
				}
			}
			throw new ParseException(line, "未知指令 '" + word + "'", "unknown instruction '" + word + "'");
		}

		private static Operand operand(int line, Op op, String word) throws ParseException {
			Operand operand = address(line, word);
			if (op == Op.TON && operand.area() != Area.T) {
				throw new ParseException(line, "TON 的操作数必须是定时器 T0–T7", "TON needs a timer T0–T7");
			}
			if (op != Op.TON && op.writes()) {
				switch (operand.area()) {
					case I -> throw new ParseException(line, "输入 " + operand + " 只能读取，不能写入",
							"input " + operand + " is read-only");
					case T -> throw new ParseException(line, "定时器位只能由 TON 指令改变",
							"timer bits are changed by TON only");
					case M -> {
						if (operand.byteIndex() == 0) {
							throw new ParseException(line, "MB0 是时钟存储器，只读（请用 M1.0–M7.7）",
									"MB0 is clock memory, read-only (use M1.0–M7.7)");
						}
					}
					default -> {
					}
				}
			}
			return operand;
		}

		private static Operand address(int line, String word) throws ParseException {
			Matcher bit = BIT.matcher(word);
			if (bit.matches()) {
				Area area = Area.valueOf(bit.group(1));
				int byteIndex = Integer.parseInt(bit.group(2));
				int bitIndex = Integer.parseInt(bit.group(3));
				if (bitIndex > 7) {
					throw new ParseException(line, "位号只能是 0–7：" + word, "bit number must be 0–7: " + word);
				}
				int bytes = area == Area.M ? MEMORY_BYTES : 1;
				if (byteIndex >= bytes) {
					String range = area + "0.0–" + area + (bytes - 1) + ".7";
					throw new ParseException(line, "地址超出范围 " + word + "（本实训台为 " + range + "）",
							"address out of range " + word + " (this trainer has " + range + ")");
				}
				return new Operand(area, byteIndex * 8 + bitIndex);
			}
			Matcher timer = TIMER.matcher(word);
			if (timer.matches()) {
				int number = Integer.parseInt(timer.group(1));
				if (number >= TIMERS) {
					throw new ParseException(line, "定时器只有 T0–T7：" + word, "timers are T0–T7: " + word);
				}
				return new Operand(Area.T, number);
			}
			throw new ParseException(line, "无效的操作数 '" + word + "'", "invalid operand '" + word + "'");
		}

		/** Plain milliseconds as the brief of the lab states them; T#5S and T#500MS as TIA Portal writes them. */
		private static long duration(int line, String word) throws ParseException {
			Matcher matcher = DURATION.matcher(word);
			if (matcher.matches()) {
				long value = Long.parseLong(matcher.group(1));
				long millis = "S".equals(matcher.group(2)) ? value * 1000 : value;
				if (millis <= MAX_PRESET_MILLIS) {
					return millis;
				}
			}
			throw new ParseException(line, "定时时间无效 '" + word + "'（0–3600000 毫秒）",
					"invalid time '" + word + "' (0–3600000 ms)");
		}
	}

	/** An on-delay timer: its bit turns on once its input has been on for the preset time. */
	static final class OnDelayTimer {

		private boolean running;

		private long startedAt;

		private long preset;

		private long elapsed;

		private boolean output;

		void update(boolean input, long presetMillis, long now) {
			preset = presetMillis;
			if (!input) {
				running = false;
				elapsed = 0;
				output = false;
				return;
			}
			if (!running) {
				running = true;
				startedAt = now;
			}
			elapsed = Math.min(now - startedAt, preset);
			output = elapsed >= preset;
		}

		boolean output() {
			return output;
		}

		boolean running() {
			return running;
		}

		long elapsed() {
			return elapsed;
		}

		long preset() {
			return preset;
		}
	}

	/** The trainer's bits: inputs from the switches, outputs to the lamps, memory and timers. */
	static final class ProcessImage {

		final boolean[] inputs = new boolean[8];

		final boolean[] outputs = new boolean[8];

		final boolean[] memory = new boolean[Parser.MEMORY_BYTES * 8];

		final OnDelayTimer[] timers = new OnDelayTimer[Parser.TIMERS];

		ProcessImage() {
			Arrays.setAll(timers, i -> new OnDelayTimer());
		}

		boolean read(Operand operand) {
			return switch (operand.area()) {
				case I -> inputs[operand.index()];
				case Q -> outputs[operand.index()];
				case M -> memory[operand.index()];
				case T -> timers[operand.index()].output();
			};
		}

		void write(Operand operand, boolean value) {
			switch (operand.area()) {
				case Q -> outputs[operand.index()] = value;
				case M -> memory[operand.index()] = value;
				default -> throw new IllegalArgumentException("not writable: " + operand);
			}
		}
	}

	/**
	 * Runs a parsed program one scan at a time. Every instruction reads and writes the result of logic
	 * operation (RLO); ST, S, R and TON leave it unchanged, so one condition can drive several coils.
	 */
	static final class Executor {

		/** Periods of the S7-1200 clock memory bits M0.0–M0.7 (10 Hz down to 0.5 Hz). */
		static final long[] CLOCK_PERIODS = { 100, 200, 400, 500, 800, 1000, 1600, 2000 };

		private final List<Instruction> program;

		private final Clock clock;

		private final long startedAt;

		private final ProcessImage image = new ProcessImage();

		private long scans;

		Executor(List<Instruction> program, Clock clock) {
			this.program = List.copyOf(program);
			this.clock = clock;
			this.startedAt = clock.millis();
		}

		ProcessImage image() {
			return image;
		}

		long scans() {
			return scans;
		}

		void scan() {
			long now = clock.millis();
			updateClockMemory(now - startedAt);
			boolean rlo = false;
			for (Instruction instruction : program) {
				rlo = execute(instruction, rlo, now);
			}
			scans++;
		}

		private void updateClockMemory(long sinceStart) {
			for (int bit = 0; bit < 8; bit++) {
				long period = CLOCK_PERIODS[bit];
				image.memory[bit] = sinceStart % period >= period / 2;
			}
		}

		private boolean execute(Instruction instruction, boolean rlo, long now) {
			Operand operand = instruction.operand();
			return switch (instruction.op()) {
				case LD -> image.read(operand);
				case LDN -> !image.read(operand);
				case AND -> rlo && image.read(operand);
				case ANDN -> rlo && !image.read(operand);
				case OR -> rlo || image.read(operand);
				case ORN -> rlo || !image.read(operand);
				case NOT -> !rlo;
				case ST -> store(operand, rlo, rlo);
				case STN -> store(operand, !rlo, rlo);
				case S -> rlo ? store(operand, true, rlo) : rlo;
				case R -> rlo ? store(operand, false, rlo) : rlo;
				case TON -> {
					image.timers[operand.index()].update(rlo, instruction.presetMillis(), now);
					yield rlo;
				}
			};
		}

		private boolean store(Operand operand, boolean value, boolean rlo) {
			image.write(operand, value);
			return rlo;
		}
	}

	/** The program loaded by "Load example": the course lab's traffic lights, with shorter times. */
	static final class Examples {

		static final String TRAFFIC_LIGHT = """
				// 交通灯示例 (traffic lights)
				// I0.0 运行开关 (I0.0 run switch)
				// Q0.0-2 南北红黄绿 (Q0.0-2 NS R/Y/G)
				// Q0.3-5 东西红黄绿 (Q0.3-5 EW R/Y/G)
				// 步 M1.0-5，定时器 T0-5 (steps M1.0-5, timers T0-5)
				// 示例 5/2/1 秒，实训 25/3/2 秒 (5/2/1 s; lab 25/3/2 s)
				// 冲突监视留作实训 (conflict check: your task)

				// 运行开关断开：复位各步 (run off: reset)
				LDN  I0.0
				R    M1.0
				R    M1.1
				R    M1.2
				R    M1.3
				R    M1.4
				R    M1.5

				// 无活动步：进入步 0 (idle: go to step 0)
				LD   I0.0
				ANDN M1.1
				ANDN M1.2
				ANDN M1.3
				ANDN M1.4
				ANDN M1.5
				S    M1.0

				// 步 0：南北绿 (step 0: NS green)
				LD   M1.0
				TON  T0, 5000
				LD   T0
				S    M1.1
				R    M1.0

				// 步 1：南北黄 (step 1: NS yellow)
				LD   M1.1
				TON  T1, 2000
				LD   T1
				S    M1.2
				R    M1.1

				// 步 2：全红 (step 2: all red)
				LD   M1.2
				TON  T2, 1000
				LD   T2
				S    M1.3
				R    M1.2

				// 步 3：东西绿 (step 3: EW green)
				LD   M1.3
				TON  T3, 5000
				LD   T3
				S    M1.4
				R    M1.3

				// 步 4：东西黄 (step 4: EW yellow)
				LD   M1.4
				TON  T4, 2000
				LD   T4
				S    M1.5
				R    M1.4

				// 步 5：全红，回步 0 (step 5: all red, to 0)
				LD   M1.5
				TON  T5, 1000
				LD   T5
				S    M1.0
				R    M1.5

				// 黄闪：M0.5 = 1 Hz (flash: M0.5 = 1 Hz)
				LDN  I0.0
				AND  M0.5
				ST   M2.0

				// 输出只由步计算 (outputs from steps)
				LD   M1.2
				OR   M1.3
				OR   M1.4
				OR   M1.5
				ST   Q0.0     // 南北红 (NS red)
				LD   M1.1
				OR   M2.0
				ST   Q0.1     // 南北黄 (NS yellow)
				LD   M1.0
				ST   Q0.2     // 南北绿 (NS green)
				LD   M1.0
				OR   M1.1
				OR   M1.2
				OR   M1.5
				ST   Q0.3     // 东西红 (EW red)
				LD   M1.4
				OR   M2.0
				ST   Q0.4     // 东西黄 (EW yellow)
				LD   M1.3
				ST   Q0.5     // 东西绿 (EW green)
				""";

		private static final Pattern BILINGUAL_COMMENT = Pattern.compile("//[^(\\n]*\\((.*)\\)[ \\t]*$",
				Pattern.MULTILINE);

		/** Keeps only the English of "// 中文 (English)" comments, for screens without Chinese fonts. */
		static String englishOnly(String source) {
			return BILINGUAL_COMMENT.matcher(source).replaceAll("// $1");
		}
	}

	// ------------------------------------------------------------------ self-test

	/** Checks the interpreter headless; the Maven test suite runs this and reads the report. */
	static final class SelfTest {

		private final PrintStream out;

		private final ManualClock clock = new ManualClock();

		private int passed;

		private int failed;

		SelfTest(PrintStream out) {
			this.out = out;
		}

		boolean runAll() {
			out.println("PlcTrainer self-test");
			check("il.and", () -> truthTable("LD I0.0\nAND I0.1\nST Q0.0", new boolean[] { false, false, false, true }));
			check("il.or", () -> truthTable("LD I0.0\nOR I0.1\nST Q0.0", new boolean[] { false, true, true, true }));
			check("il.andn-orn", () -> truthTable("LD I0.0\nANDN I0.1\nORN I0.0\nST Q0.0",
					new boolean[] { true, true, true, false }));
			check("il.not-ldn-stn", this::negations);
			check("il.set-reset-latch", this::latch);
			check("il.memory-bits", () -> truthTable("LD I0.0\nAND I0.1\nST M7.7\nLD M7.7\nST Q0.0",
					new boolean[] { false, false, false, true }));
			check("il.ton-timing", this::onDelay);
			check("il.clock-memory", this::clockMemory);
			check("parse.error-line-numbers", this::errorLines);
			check("parse.comments-and-tia-syntax", this::tiaSyntax);
			check("example.traffic-light-sequence", this::trafficLight);
			check("example.english-only-comments", this::englishExample);
			out.printf("%d checks, %d passed, %d failed%n", passed + failed, passed, failed);
			return failed == 0 && passed > 0;
		}

		private void check(String name, Check check) {
			String problem;
			try {
				problem = check.run();
			}
			catch (Exception | AssertionError e) {
				problem = e.toString();
			}
			if (problem == null) {
				passed++;
				out.println("PASS " + name);
			}
			else {
				failed++;
				out.println("FAIL " + name + ": " + problem);
			}
		}

		/** Runs a program that writes Q0.0 for I0.0/I0.1 = 00, 01, 10, 11 (I0.1 is the low bit). */
		private String truthTable(String source, boolean[] expected) throws ParseException {
			Executor executor = new Executor(Parser.parse(source), clock);
			for (int row = 0; row < 4; row++) {
				executor.image().inputs[0] = (row & 2) != 0;
				executor.image().inputs[1] = (row & 1) != 0;
				executor.scan();
				if (executor.image().outputs[0] != expected[row]) {
					return "I0.0=" + ((row & 2) >> 1) + " I0.1=" + (row & 1) + " gave Q0.0=" + executor.image().outputs[0];
				}
			}
			return null;
		}

		private String negations() throws ParseException {
			Executor executor = new Executor(Parser.parse("LD I0.0\nNOT\nST Q0.0\nLDN I0.0\nSTN Q0.1"), clock);
			executor.scan();
			boolean[] q = executor.image().outputs;
			if (!q[0] || q[1]) {
				return "I0.0=0: expected Q0.0=1 Q0.1=0, got " + q[0] + " " + q[1];
			}
			executor.image().inputs[0] = true;
			executor.scan();
			return !q[0] && q[1] ? null : "I0.0=1: expected Q0.0=0 Q0.1=1, got " + q[0] + " " + q[1];
		}

		private String latch() throws ParseException {
			Executor executor = new Executor(Parser.parse("LD I0.0 // start\nS Q0.0\nLD I0.1 // stop\nR Q0.0"), clock);
			boolean[] in = executor.image().inputs;
			int[][] steps = { { 0, 0, 0 }, { 1, 0, 1 }, { 0, 0, 1 }, { 0, 1, 0 }, { 0, 0, 0 }, { 1, 1, 0 } };
			for (int[] step : steps) {
				in[0] = step[0] == 1;
				in[1] = step[1] == 1;
				executor.scan();
				if (executor.image().outputs[0] != (step[2] == 1)) {
					return "start=" + step[0] + " stop=" + step[1] + ": expected Q0.0=" + step[2];
				}
			}
			return null;
		}

		private String onDelay() throws ParseException {
			Executor executor = new Executor(Parser.parse("LD I0.0\nTON T3, 1000\nLD T3\nST Q0.0"), clock);
			ProcessImage image = executor.image();
			image.inputs[0] = true;
			executor.scan();
			clock.advance(999);
			executor.scan();
			if (image.outputs[0] || image.timers[3].elapsed() != 999) {
				return "after 999 ms the timer must not be done (elapsed " + image.timers[3].elapsed() + ")";
			}
			clock.advance(1);
			executor.scan();
			if (!image.outputs[0]) {
				return "after 1000 ms T3 must be on";
			}
			image.inputs[0] = false;
			executor.scan();
			if (image.outputs[0] || image.timers[3].elapsed() != 0) {
				return "input off must reset T3 at once";
			}
			image.inputs[0] = true;
			executor.scan();
			clock.advance(600);
			executor.scan();
			return image.outputs[0] ? "a restarted timer must count from zero" : null;
		}

		private String clockMemory() throws ParseException {
			Executor executor = new Executor(Parser.parse("LD M0.5\nST Q0.0"), clock);
			StringBuilder pattern = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				executor.scan();
				pattern.append(executor.image().outputs[0] ? '1' : '0');
				clock.advance(250);
			}
			return pattern.toString().equals("00110011") ? null : "M0.5 over 2 s in 250 ms steps: " + pattern;
		}

		private String errorLines() {
			String[][] cases = {
					{ "LD I0.0\n\nLDX I0.1", "3", "unknown instruction" },
					{ "// comment\nLD I0.8", "2", "bit number" },
					{ "LD I0.0\nOR Q1.0", "2", "address out of range" },
					{ "LD I0.0\nST I0.1", "2", "read-only" },
					{ "LD I0.0\nTON T0", "2", "expected TON" },
					{ "LD I0.0\nTON Q0.0, 100", "2", "needs a timer" },
					{ "LD I0.0\nST M0.5", "2", "clock memory" },
					{ "LD T8", "1", "timers are T0" },
					{ "NOT I0.0", "1", "expected NOT" },
					{ "LD I0.0\nTON T0, 5x", "2", "invalid time" },
					{ "// only a comment\n", "1", "no instructions" } };
			for (String[] c : cases) {
				try {
					Parser.parse(c[0]);
					return "accepted " + c[0].replace('\n', '|');
				}
				catch (ParseException e) {
					if (e.line != Integer.parseInt(c[1]) || !e.text.en().contains(c[2])) {
						return "for " + c[0].replace('\n', '|') + " got line " + e.line + " '" + e.text.en() + "'";
					}
				}
			}
			return null;
		}

		private String tiaSyntax() throws ParseException {
			List<Instruction> program = Parser.parse("  ld %i0.0   // start\n ton t1, T#2S\n ton T2,T#150ms\n");
			Instruction first = program.get(0);
			if (first.line() != 1 || first.op() != Op.LD || !first.operand().toString().equals("I0.0")) {
				return "lower case with % not read: " + first;
			}
			return program.get(1).presetMillis() == 2000 && program.get(2).presetMillis() == 150 ? null
					: "T# durations not read: " + program;
		}

		/** The example must run the lab's six steps in order, never show two greens, and flash yellow when off. */
		private String trafficLight() throws ParseException {
			Executor executor = new Executor(Parser.parse(Examples.TRAFFIC_LIGHT), clock);
			boolean[] q = executor.image().outputs;
			executor.image().inputs[0] = true;
			String[] expected = { "100001", "010001", "001001", "001100", "001010", "001001", "100001" };
			long[] durations = { 5000, 2000, 1000, 5000, 2000, 1000, 5000 };
			for (int step = 0; step < expected.length; step++) {
				scanFor(executor, 20);
				String lamps = lamps(q);
				if (!lamps.equals(expected[step])) {
					return "step " + step + ": lamps Q0.2..Q0.0,Q0.5..Q0.3 expected " + expected[step] + " got " + lamps;
				}
				String conflict = scanFor(executor, durations[step] - 40);
				if (conflict != null) {
					return conflict;
				}
				if (!lamps(q).equals(expected[step])) {
					return "step " + step + " ended early";
				}
				scanFor(executor, 20);
			}
			executor.image().inputs[0] = false;
			scanFor(executor, 40);
			StringBuilder yellow = new StringBuilder();
			for (int i = 0; i < 4; i++) {
				yellow.append(q[1] && q[4] ? '1' : q[1] || q[4] ? '?' : '0');
				scanFor(executor, 500);
			}
			boolean othersOff = !q[0] && !q[2] && !q[3] && !q[5];
			return othersOff && (yellow.toString().equals("0101") || yellow.toString().equals("1010")) ? null
					: "run off: expected both yellows flashing at 1 Hz, got " + yellow + (othersOff ? "" : " with other lamps on");
		}

		/** Green, yellow, red of north-south then of east-west, as 1/0. */
		private static String lamps(boolean[] q) {
			return "" + bit(q[2]) + bit(q[1]) + bit(q[0]) + bit(q[5]) + bit(q[4]) + bit(q[3]);
		}

		private static char bit(boolean b) {
			return b ? '1' : '0';
		}

		private String scanFor(Executor executor, long millis) {
			for (long t = 0; t < millis; t += 10) {
				clock.advance(10);
				executor.scan();
				boolean[] q = executor.image().outputs;
				if (q[2] && q[5]) {
					return "both directions green at scan " + executor.scans();
				}
			}
			return null;
		}

		private String englishExample() throws ParseException {
			String english = Examples.englishOnly(Examples.TRAFFIC_LIGHT);
			if (english.codePoints().anyMatch(c -> c > 0x2E80)) {
				return "Chinese left in the English example";
			}
			return Parser.parse(english).equals(Parser.parse(Examples.TRAFFIC_LIGHT)) ? null
					: "the English example differs in its instructions";
		}

		interface Check {

			String run() throws Exception;
		}
	}

	/** A clock the self-test moves by hand, so timer checks take no real time. */
	static final class ManualClock extends Clock {

		private long millis = 1_000_000;

		void advance(long delta) {
			millis += delta;
		}

		@Override
		public long millis() {
			return millis;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(millis);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	// ------------------------------------------------------------------ user interface

	/** Chinese with English in parentheses, or English alone when no font can show Chinese. */
	static final class Texts {

		static final String FAMILY = Font.DIALOG;

		/**
		 * Java 17's source launcher decodes this file in the platform charset, which is ASCII under the C
		 * locale of a bare X desktop; the Chinese literals then turn into replacement characters.
		 */
		static final boolean SOURCE_READ_AS_UTF8 = "\u4e2d".equals("中");

		static boolean chinese = true;

		static void detect() {
			Font font = new Font(FAMILY, Font.PLAIN, 14);
			chinese = font.canDisplayUpTo("运行停止载入示例输入输出定时器扫描错误") == -1 && SOURCE_READ_AS_UTF8
					&& !"en".equals(System.getProperty("sim.lang"));
		}

		static String t(String zh, String en) {
			return chinese ? zh + " (" + en + ")" : en;
		}

		static String t(Text text) {
			return t(text.zh(), text.en());
		}

		static Font font(int style, int size) {
			return new Font(FAMILY, style, size);
		}
	}

	/** Colours of the panel, shared by the painted components. */
	static final class Palette {

		static final Color CHASSIS = new Color(0x2E3440);

		static final Color CHASSIS_EDGE = new Color(0x4C566A);

		static final Color LABEL = new Color(0xECEFF4);

		static final Color DIM = new Color(0x9AA5B8);

		static final Color ON = new Color(0x2ECC40);

		static final Color OFF = new Color(0x7B8494);

		static final Color ACCENT = new Color(0x00A3A3);

		static final Color HEADER = new Color(0x1F3A5F);

		static final Color RUN = new Color(0x1E8E3E);

		static final Color STOP = new Color(0xE0A000);

		static final Color ERROR = new Color(0xC62828);

		static Graphics2D smooth(Graphics g) {
			Graphics2D g2 = (Graphics2D) g.create();
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			return g2;
		}

		static void centered(Graphics2D g2, String text, int centerX, int baseline) {
			FontMetrics metrics = g2.getFontMetrics();
			g2.drawString(text, centerX - metrics.stringWidth(text) / 2, baseline);
		}
	}

	/** One input: a lever switch with a status LED; a click, Space or Enter flips it. */
	static final class InputSwitch extends JComponent {

		private final String address;

		private boolean on;

		InputSwitch(String address) {
			this.address = address;
			setPreferredSize(new Dimension(62, 150));
			setFocusable(true);
			addMouseListener(new MouseAdapter() {
				@Override
				public void mousePressed(MouseEvent e) {
					requestFocusInWindow();
					toggle();
				}
			});
			bindKey(this, "SPACE", "toggle", this::toggle);
			bindKey(this, "ENTER", "toggle", this::toggle);
			addFocusListener(new FocusAdapter() {
				@Override
				public void focusGained(FocusEvent e) {
					repaint();
				}

				@Override
				public void focusLost(FocusEvent e) {
					repaint();
				}
			});
		}

		void toggle() {
			on = !on;
			repaint();
		}

		boolean isOn() {
			return on;
		}

		@Override
		protected void paintComponent(Graphics g) {
			Graphics2D g2 = Palette.smooth(g);
			int cx = getWidth() / 2;
			g2.setColor(on ? Palette.ON : new Color(0x3B4252));
			g2.fill(new Ellipse2D.Double(cx - 6, 6, 12, 12));
			g2.setColor(Palette.CHASSIS_EDGE);
			g2.draw(new Ellipse2D.Double(cx - 6, 6, 12, 12));
			g2.setFont(Texts.font(Font.BOLD, 16));
			g2.setColor(Palette.LABEL);
			Palette.centered(g2, address, cx, 40);
			RoundRectangle2D slot = new RoundRectangle2D.Double(cx - 19, 50, 38, 72, 14, 14);
			g2.setColor(new Color(0x1B1F27));
			g2.fill(slot);
			g2.setColor(on ? Palette.ON : Palette.OFF);
			g2.fill(new RoundRectangle2D.Double(cx - 16, on ? 53 : 87, 32, 32, 10, 10));
			g2.setColor(Palette.LABEL);
			g2.setFont(Texts.font(Font.BOLD, 14));
			Palette.centered(g2, on ? "1" : "0", cx, on ? 75 : 109);
			g2.setColor(on ? Palette.ON : Palette.DIM);
			g2.setFont(Texts.font(Font.PLAIN, 13));
			Palette.centered(g2, on ? "ON" : "OFF", cx, 142);
			if (isFocusOwner()) {
				g2.setColor(Palette.ACCENT);
				g2.setStroke(new BasicStroke(2f));
				g2.drawRoundRect(2, 24, getWidth() - 5, 126, 10, 10);
			}
			g2.dispose();
		}
	}

	/** One output: a pilot light in a fixed colour that glows while its bit is 1. */
	static final class Lamp extends JComponent {

		private final String address;

		private final Color color;

		private boolean lit;

		Lamp(String address, Color color) {
			this.address = address;
			this.color = color;
			setPreferredSize(new Dimension(62, 118));
		}

		void setLit(boolean lit) {
			if (this.lit != lit) {
				this.lit = lit;
				repaint();
			}
		}

		@Override
		protected void paintComponent(Graphics g) {
			Graphics2D g2 = Palette.smooth(g);
			int cx = getWidth() / 2;
			int cy = 64;
			int r = 22;
			g2.setFont(Texts.font(Font.BOLD, 16));
			g2.setColor(Palette.LABEL);
			Palette.centered(g2, address, cx, 22);
			if (lit) {
				g2.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
				g2.fill(new Ellipse2D.Double(cx - r - 9, cy - r - 9, 2 * r + 18, 2 * r + 18));
			}
			g2.setColor(new Color(0x1B1F27));
			g2.fill(new Ellipse2D.Double(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8));
			if (lit) {
				g2.setPaint(new RadialGradientPaint(cx - 6, cy - 7, r + 8, new float[] { 0f, 0.35f, 1f },
						new Color[] { Color.WHITE, color.brighter(), color.darker() }));
			}
			else {
				g2.setColor(mix(color, new Color(0x2A2F38), 0.28));
			}
			g2.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
			g2.setColor(lit ? Palette.LABEL : Palette.DIM);
			g2.setFont(Texts.font(Font.PLAIN, 13));
			Palette.centered(g2, lit ? "ON" : "OFF", cx, 112);
			g2.dispose();
		}

		private static Color mix(Color color, Color base, double share) {
			return new Color((int) (color.getRed() * share + base.getRed() * (1 - share)),
					(int) (color.getGreen() * share + base.getGreen() * (1 - share)),
					(int) (color.getBlue() * share + base.getBlue() * (1 - share)));
		}
	}

	/** Timers T0–T7 with elapsed/preset bars, and the memory bytes MB0–MB7 bit by bit. */
	static final class StatePanel extends JComponent {

		private ProcessImage image = new ProcessImage();

		StatePanel() {
			setPreferredSize(new Dimension(560, 250));
		}

		void show(ProcessImage image) {
			this.image = image;
			repaint();
		}

		@Override
		protected void paintComponent(Graphics g) {
			Graphics2D g2 = Palette.smooth(g);
			int row = Math.max(22, Math.min(28, (getHeight() - 34) / 8));
			g2.setFont(Texts.font(Font.BOLD, 14));
			g2.setColor(Palette.DIM);
			g2.drawString(Texts.t("定时器", "timers") + " TON", 10, 18);
			g2.drawString(Texts.t("存储器", "memory") + "  .7 … .0", 278, 18);
			for (int i = 0; i < 8; i++) {
				paintTimer(g2, i, 10, 30 + i * row);
				paintMemoryByte(g2, i, 278, 30 + i * row);
			}
			g2.dispose();
		}

		private void paintTimer(Graphics2D g2, int number, int x, int y) {
			OnDelayTimer timer = image.timers[number];
			g2.setFont(Texts.font(Font.BOLD, 14));
			g2.setColor(Palette.LABEL);
			g2.drawString("T" + number, x, y + 15);
			int barWidth = 130;
			g2.setColor(new Color(0x1B1F27));
			g2.fillRect(x + 30, y + 4, barWidth, 14);
			if (timer.preset() > 0 && timer.running()) {
				g2.setColor(timer.output() ? Palette.ON : Palette.ACCENT);
				g2.fillRect(x + 30, y + 4, (int) (barWidth * timer.elapsed() / timer.preset()), 14);
			}
			g2.setFont(Texts.font(Font.PLAIN, 13));
			g2.setColor(Palette.DIM);
			g2.drawString(String.format(Locale.ROOT, "%.1f/%.1f s", timer.elapsed() / 1000.0, timer.preset() / 1000.0),
					x + 168, y + 15);
			dot(g2, x + 248, y + 5, timer.output());
		}

		private void paintMemoryByte(Graphics2D g2, int byteIndex, int x, int y) {
			g2.setFont(Texts.font(Font.BOLD, 14));
			g2.setColor(Palette.LABEL);
			g2.drawString("MB" + byteIndex, x, y + 15);
			for (int bit = 7; bit >= 0; bit--) {
				dot(g2, x + 44 + (7 - bit) * 18, y + 5, image.memory[byteIndex * 8 + bit]);
			}
			if (byteIndex == 0) {
				g2.setFont(Texts.font(Font.PLAIN, 12));
				g2.setColor(Palette.DIM);
				g2.drawString(Texts.chinese ? "时钟" : "clock", x + 192, y + 15);
			}
		}

		private static void dot(Graphics2D g2, int x, int y, boolean on) {
			g2.setColor(on ? Palette.ON : new Color(0x4C566A));
			g2.fill(new Ellipse2D.Double(x, y, 13, 13));
		}
	}

	/** Numbers the editor's lines, the line of a parse error in red. */
	static final class LineNumbers extends JComponent {

		private final JTextArea area;

		private int errorLine = -1;

		LineNumbers(JTextArea area) {
			this.area = area;
			area.getDocument().addDocumentListener(new DocumentListener() {
				@Override
				public void insertUpdate(DocumentEvent e) {
					changed();
				}

				@Override
				public void removeUpdate(DocumentEvent e) {
					changed();
				}

				@Override
				public void changedUpdate(DocumentEvent e) {
					changed();
				}
			});
		}

		void markError(int line) {
			errorLine = line;
			repaint();
		}

		private void changed() {
			revalidate();
			repaint();
		}

		@Override
		public Dimension getPreferredSize() {
			return new Dimension(40, area.getPreferredSize().height);
		}

		@Override
		protected void paintComponent(Graphics g) {
			Graphics2D g2 = Palette.smooth(g);
			g2.setColor(new Color(0xE5E9F0));
			g2.fillRect(0, 0, getWidth(), getHeight());
			g2.setFont(area.getFont());
			FontMetrics metrics = g2.getFontMetrics();
			int height = metrics.getHeight();
			int top = area.getInsets().top;
			Rectangle clip = g2.getClipBounds();
			int first = Math.max(0, (clip.y - top) / height);
			int last = Math.min(area.getLineCount() - 1, (clip.y + clip.height - top) / height + 1);
			for (int line = first; line <= last; line++) {
				int y = top + line * height;
				if (line + 1 == errorLine) {
					g2.setColor(Palette.ERROR);
					g2.fillRect(0, y, getWidth(), height);
				}
				g2.setColor(line + 1 == errorLine ? Color.WHITE : new Color(0x6B7280));
				String number = Integer.toString(line + 1);
				g2.drawString(number, getWidth() - 6 - metrics.stringWidth(number), y + metrics.getAscent());
			}
			g2.dispose();
		}
	}

	static void bindKey(JComponent component, String key, String name, Runnable action) {
		component.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name);
		component.getActionMap().put(name, new AbstractAction() {
			@Override
			public void actionPerformed(ActionEvent e) {
				action.run();
			}
		});
	}

	static void bindGlobalKey(JComponent root, String key, String name, Runnable action) {
		root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
		root.getActionMap().put(name, new AbstractAction() {
			@Override
			public void actionPerformed(ActionEvent e) {
				action.run();
			}
		});
	}

	/** The IL editor with line numbers and a short instruction summary; locked while the program runs. */
	static final class ProgramEditor {

		private final JTextArea editor = new JTextArea();

		private final LineNumbers lineNumbers = new LineNumbers(editor);

		private final JPanel panel = new JPanel(new BorderLayout(0, 8));

		ProgramEditor(JComponent buttons) {
			editor.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
			editor.setTabSize(4);
			editor.setMargin(new Insets(4, 6, 4, 6));
			editor.getDocument().addDocumentListener(new DocumentListener() {
				@Override
				public void insertUpdate(DocumentEvent e) {
					clearError();
				}

				@Override
				public void removeUpdate(DocumentEvent e) {
					clearError();
				}

				@Override
				public void changedUpdate(DocumentEvent e) {
				}
			});
			JScrollPane scroll = new JScrollPane(editor);
			scroll.setRowHeaderView(lineNumbers);
			panel.setBackground(new Color(0xF3F5F8));
			panel.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
			panel.setPreferredSize(new Dimension(470, 100));
			panel.add(heading(), BorderLayout.NORTH);
			panel.add(scroll, BorderLayout.CENTER);
			panel.add(buttons, BorderLayout.SOUTH);
		}

		private static JComponent heading() {
			JLabel title = new JLabel(Texts.t("指令表程序", "IL program"));
			title.setFont(Texts.font(Font.BOLD, 16));
			JLabel help = new JLabel("<html>LD LDN AND ANDN OR ORN NOT ST STN S R<br>TON Tn, ms &nbsp;·&nbsp; I0.x Q0.x M1.0–M7.7 T0–T7"
					+ "<br>" + (Texts.chinese ? "MB0 = 时钟存储器（M0.5 = 1 Hz）" : "MB0 = clock memory (M0.5 = 1 Hz)") + "</html>");
			help.setFont(Texts.font(Font.PLAIN, 13));
			help.setForeground(new Color(0x4B5563));
			JPanel heading = new JPanel(new BorderLayout(0, 4));
			heading.setOpaque(false);
			heading.add(title, BorderLayout.NORTH);
			heading.add(help, BorderLayout.CENTER);
			return heading;
		}

		JComponent component() {
			return panel;
		}

		String text() {
			return editor.getText();
		}

		void load(String program) {
			editor.setText(program);
			editor.setCaretPosition(0);
		}

		/** A running PLC keeps the program it was started with: edits apply after Stop and Run. */
		void lock(boolean locked) {
			editor.setEditable(!locked);
			editor.setBackground(locked ? new Color(0xEEF2F6) : Color.WHITE);
		}

		void markError(int line) {
			lineNumbers.markError(line);
			try {
				int start = editor.getLineStartOffset(line - 1);
				int end = editor.getLineEndOffset(line - 1);
				editor.getHighlighter().removeAllHighlights();
				editor.getHighlighter().addHighlight(start, end,
						new DefaultHighlighter.DefaultHighlightPainter(new Color(0xFFCDD2)));
				editor.setCaretPosition(start);
				editor.requestFocusInWindow();
			}
			catch (BadLocationException ignored) {
				// the line came from this very text; nothing to mark if it changed meanwhile
			}
		}

		private void clearError() {
			editor.getHighlighter().removeAllHighlights();
			lineNumbers.markError(-1);
		}
	}

	/** RUN/STOP, the scan count and the last message, at the bottom of the screen. */
	static final class StatusLine {

		private final JLabel mode = new JLabel("", SwingConstants.CENTER);

		private final JLabel scans = new JLabel();

		private final JLabel message = new JLabel();

		private final JPanel panel = new JPanel(new BorderLayout(12, 0));

		StatusLine() {
			mode.setOpaque(true);
			mode.setForeground(Color.WHITE);
			mode.setFont(Texts.font(Font.BOLD, 16));
			mode.setPreferredSize(new Dimension(90, 30));
			scans.setFont(Texts.font(Font.PLAIN, 15));
			message.setFont(Texts.font(Font.PLAIN, 15));
			panel.setBackground(new Color(0xE5E9F0));
			panel.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
			JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
			left.setOpaque(false);
			left.add(mode);
			left.add(scans);
			panel.add(left, BorderLayout.WEST);
			panel.add(message, BorderLayout.CENTER);
		}

		JComponent component() {
			return panel;
		}

		void running() {
			show("RUN", Palette.RUN, Texts.t("程序运行中，修改程序请先停止", "running; stop to edit the program"), Color.BLACK);
		}

		void stopped(Text text) {
			show("STOP", Palette.STOP, Texts.t(text), Color.BLACK);
		}

		void refused(ParseException e) {
			String where = Texts.chinese ? "第 " + e.line + " 行 (line " + e.line + ")：" : "Line " + e.line + ": ";
			show("STOP", Palette.ERROR, where + Texts.t(e.text) + " — " + Texts.t("程序未启动", "not started"), Palette.ERROR);
		}

		void scans(long count) {
			scans.setText(Texts.t("扫描", "scans") + ": " + count);
		}

		private void show(String modeText, Color modeColor, String text, Color textColor) {
			mode.setText(modeText);
			mode.setBackground(modeColor);
			message.setText(text);
			message.setForeground(textColor);
		}
	}

	/** The full-screen window: I/O on the left, the program on the right, the status line below. */
	static final class TrainerWindow {

		private static final int SCAN_MILLIS = 20;

		private static final Color[] LAMP_COLORS = { new Color(0xFF3B30), new Color(0xFFC400), new Color(0x34C759),
				new Color(0xFF3B30), new Color(0xFFC400), new Color(0x34C759), new Color(0xFF3B30),
				new Color(0x34C759) };

		private final InputSwitch[] switches = new InputSwitch[8];

		private final Lamp[] lamps = new Lamp[8];

		private final StatePanel state = new StatePanel();

		private final ProgramEditor program = new ProgramEditor(buttons());

		private final StatusLine status = new StatusLine();

		private final Timer scanTimer = new Timer(SCAN_MILLIS, e -> scanOnce());

		private Executor executor;

		static void open() {
			Texts.detect();
			installFonts();
			new TrainerWindow().show();
		}

		/** Every Swing default font becomes the logical Dialog font, whose fallbacks include the CJK font. */
		private static void installFonts() {
			Enumeration<Object> keys = UIManager.getDefaults().keys();
			while (keys.hasMoreElements()) {
				Object key = keys.nextElement();
				if (UIManager.get(key) instanceof FontUIResource font) {
					UIManager.put(key, new FontUIResource(Texts.FAMILY, font.getStyle(), 15));
				}
			}
		}

		private void show() {
			JFrame frame = new JFrame("PLC Trainer");
			frame.setUndecorated(true);
			frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
			JPanel root = new JPanel(new BorderLayout());
			root.add(header(), BorderLayout.NORTH);
			root.add(ioPanel(), BorderLayout.CENTER);
			root.add(program.component(), BorderLayout.EAST);
			root.add(status.component(), BorderLayout.SOUTH);
			bindGlobalKey(root, "F5", "run", this::run);
			bindGlobalKey(root, "F6", "stop", this::stop);
			for (int i = 0; i < 8; i++) {
				bindGlobalKey(root, "alt " + i, "toggle" + i, switches[i]::toggle);
			}
			frame.setContentPane(root);
			frame.setBounds(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
			program.load(example());
			status.stopped(new Text("就绪，按“运行”开始", "ready, press Run to start"));
			frame.setVisible(true);
			switches[0].requestFocusInWindow();
		}

		private static JComponent header() {
			JLabel title = new JLabel(Texts.t("S7-1200 PLC 实训台", "PLC Trainer")
					+ (Texts.chinese ? "  ·  工赋学院" : "  ·  Workforce Academy"));
			title.setFont(Texts.font(Font.BOLD, 20));
			title.setForeground(Color.WHITE);
			JLabel keys = new JLabel(Texts.chinese ? "F5 运行 · F6 停止 · Alt+0…7 切换输入"
					: "F5 Run · F6 Stop · Alt+0…7 toggle inputs");
			keys.setForeground(new Color(0xC9D6E8));
			keys.setFont(Texts.font(Font.PLAIN, 14));
			JPanel header = new JPanel(new BorderLayout());
			header.setBackground(Palette.HEADER);
			header.setBorder(BorderFactory.createEmptyBorder(8, 14, 8, 14));
			header.add(title, BorderLayout.WEST);
			header.add(keys, BorderLayout.EAST);
			return header;
		}

		private JComponent ioPanel() {
			JPanel inputs = row();
			JPanel outputs = row();
			for (int i = 0; i < 8; i++) {
				switches[i] = new InputSwitch("I0." + i);
				inputs.add(switches[i]);
				lamps[i] = new Lamp("Q0." + i, LAMP_COLORS[i]);
				outputs.add(lamps[i]);
			}
			JPanel panel = new JPanel(new BorderLayout(0, 8));
			panel.setBackground(Palette.CHASSIS);
			panel.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
			JPanel io = new JPanel(new GridLayout(2, 1, 0, 8));
			io.setOpaque(false);
			io.add(titled(inputs, Texts.t("数字量输入", "digital inputs") + "  I0.0–I0.7"));
			io.add(titled(outputs, Texts.t("数字量输出", "digital outputs") + "  Q0.0–Q0.7"));
			panel.add(io, BorderLayout.NORTH);
			panel.add(titled(state, Texts.t("运行数据", "live data")), BorderLayout.CENTER);
			return panel;
		}

		private static JPanel row() {
			JPanel row = new JPanel(new GridLayout(1, 8, 4, 0));
			row.setOpaque(false);
			return row;
		}

		private static JComponent titled(JComponent content, String title) {
			JPanel box = new JPanel(new BorderLayout());
			box.setOpaque(false);
			TitledBorder border = BorderFactory.createTitledBorder(
					BorderFactory.createLineBorder(Palette.CHASSIS_EDGE, 2, true), title);
			border.setTitleColor(Palette.LABEL);
			border.setTitleFont(Texts.font(Font.BOLD, 15));
			box.setBorder(BorderFactory.createCompoundBorder(border, BorderFactory.createEmptyBorder(2, 6, 4, 6)));
			box.add(content);
			return box;
		}

		private JComponent buttons() {
			JPanel buttons = new JPanel(new GridLayout(1, 3, 8, 0));
			buttons.setOpaque(false);
			buttons.add(button("运行", "Run", Palette.RUN, KeyEvent.VK_R, this::run));
			buttons.add(button("停止", "Stop", Palette.ERROR, KeyEvent.VK_T, this::stop));
			buttons.add(button("载入示例", "Load example", Palette.HEADER, KeyEvent.VK_L, this::loadExample));
			return buttons;
		}

		/** Chinese on top, English below in smaller type; English alone without Chinese fonts. */
		private static JButton button(String zh, String en, Color color, int mnemonic, Runnable action) {
			JButton button = new JButton(Texts.chinese
					? "<html><center>" + zh + "<br><span style='font-size:11px;font-weight:normal'>" + en + "</span></center></html>"
					: en);
			button.setFont(Texts.font(Font.BOLD, 15));
			button.setForeground(Color.WHITE);
			button.setBackground(color);
			button.setMnemonic(mnemonic);
			button.setPreferredSize(new Dimension(120, 52));
			button.setMargin(new Insets(2, 4, 2, 4));
			button.addActionListener(e -> action.run());
			return button;
		}

		private void run() {
			if (executor != null) {
				return;
			}
			try {
				executor = new Executor(Parser.parse(program.text()), Clock.systemUTC());
			}
			catch (ParseException e) {
				status.refused(e);
				program.markError(e.line);
				return;
			}
			program.lock(true);
			status.running();
			scanOnce();
			scanTimer.start();
		}

		/** Like a PLC switched to STOP: the scans end and every output goes off. */
		private void stop() {
			boolean wasRunning = executor != null;
			scanTimer.stop();
			executor = null;
			for (Lamp lamp : lamps) {
				lamp.setLit(false);
			}
			program.lock(false);
			if (wasRunning) {
				status.stopped(new Text("已停止，输出全部断开", "stopped, all outputs off"));
			}
		}

		private void scanOnce() {
			ProcessImage image = executor.image();
			for (int i = 0; i < 8; i++) {
				image.inputs[i] = switches[i].isOn();
			}
			executor.scan();
			for (int i = 0; i < 8; i++) {
				lamps[i].setLit(image.outputs[i]);
			}
			state.show(image);
			status.scans(executor.scans());
		}

		private void loadExample() {
			stop();
			program.load(example());
			status.stopped(new Text("已载入交通灯示例：接通 I0.0 后按“运行”", "traffic-light example loaded: switch I0.0 on, press Run"));
		}

		private static String example() {
			return Texts.chinese ? Examples.TRAFFIC_LIGHT : Examples.englishOnly(Examples.TRAFFIC_LIGHT);
		}
	}
}
