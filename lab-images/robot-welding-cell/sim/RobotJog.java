import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.ButtonModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * Jog panel for the welding-cell lab image: a three-axis planar arm seen from above, jogged axis by
 * axis or along X/Y, with teach points and a playback that moves through them.
 *
 * <p>Run it on the lab desktop with {@code java RobotJog.java}; {@code java -Djava.awt.headless=true
 * RobotJog.java --self-test} checks kinematics, limits, teach list and playback without a display.
 *
 * <p>The motion model (Arm, Jogger, TeachList, Playback) knows nothing of Swing; the window only asks
 * it for poses.
 */
public final class RobotJog {

	public static void main(String[] args) {
		if (!Texts.SOURCE_READ_AS_UTF8) {
			System.err.println("warning: this source file was not read as UTF-8, so its Chinese texts are garbled;"
					+ " showing English only. Run it with java -Dfile.encoding=UTF-8 (or a UTF-8 locale).");
		}
		if (Arrays.asList(args).contains("--self-test")) {
			System.exit(new SelfTest(System.out).runAll() ? 0 : 1);
		}
		SwingUtilities.invokeLater(JogWindow::open);
	}

	// ------------------------------------------------------------------ motion model

	/** Joint angles in degrees: J1 base, J2 elbow, J3 torch wrist. */
	record Pose(double j1, double j2, double j3) {

		double get(int axis) {
			return switch (axis) {
				case 0 -> j1;
				case 1 -> j2;
				default -> j3;
			};
		}

		Pose with(int axis, double value) {
			return switch (axis) {
				case 0 -> new Pose(value, j2, j3);
				case 1 -> new Pose(j1, value, j3);
				default -> new Pose(j1, j2, value);
			};
		}

		double largestChangeTo(Pose other) {
			double largest = 0;
			for (int axis = 0; axis < Arm.AXES; axis++) {
				largest = Math.max(largest, Math.abs(other.get(axis) - get(axis)));
			}
			return largest;
		}

		static Pose between(Pose from, Pose to, double share) {
			return new Pose(from.j1 + (to.j1 - from.j1) * share, from.j2 + (to.j2 - from.j2) * share,
					from.j3 + (to.j3 - from.j3) * share);
		}
	}

	/** Where the torch tip is (mm, base frame) and which way the torch points (degrees). */
	record ToolPose(double x, double y, double angle) {

		double distanceTo(ToolPose other) {
			return Math.hypot(other.x - x, other.y - y);
		}

		static ToolPose between(ToolPose from, ToolPose to, double share) {
			double turn = Arm.normalize(to.angle - from.angle);
			return new ToolPose(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share,
					from.angle + turn * share);
		}
	}

	/** The arm's geometry and joint limits, with forward and inverse kinematics. */
	static final class Arm {

		static final int AXES = 3;

		/** Upper arm, forearm, torch (mm): a reach of 820 mm, like a compact welding robot. */
		static final double[] LENGTHS = { 400, 300, 120 };

		static final double[] MIN = { -170, -145, -120 };

		static final double[] MAX = { 170, 145, 120 };

		static final Pose HOME = new Pose(40, -90, -40);

		static ToolPose forward(Pose pose) {
			Point2D[] points = chain(pose);
			return new ToolPose(points[3].getX(), points[3].getY(), normalize(pose.j1() + pose.j2() + pose.j3()));
		}

		/** Base, elbow, wrist and torch tip, for drawing and for forward kinematics. */
		static Point2D[] chain(Pose pose) {
			Point2D[] points = new Point2D[AXES + 1];
			points[0] = new Point2D.Double(0, 0);
			double angle = 0;
			for (int axis = 0; axis < AXES; axis++) {
				angle += Math.toRadians(pose.get(axis));
				points[axis + 1] = new Point2D.Double(points[axis].getX() + LENGTHS[axis] * Math.cos(angle),
						points[axis].getY() + LENGTHS[axis] * Math.sin(angle));
			}
			return points;
		}

		/**
		 * The joint angles that put the torch at {@code target}, keeping the elbow on the side of
		 * {@code elbowSign} (a real controller keeps the arm configuration too, instead of flipping).
		 */
		static Optional<Pose> inverse(ToolPose target, double elbowSign) {
			double a = Math.toRadians(target.angle());
			double wx = target.x() - LENGTHS[2] * Math.cos(a);
			double wy = target.y() - LENGTHS[2] * Math.sin(a);
			double l1 = LENGTHS[0];
			double l2 = LENGTHS[1];
			double cos2 = (wx * wx + wy * wy - l1 * l1 - l2 * l2) / (2 * l1 * l2);
			if (Math.abs(cos2) > 1) {
				return Optional.empty();
			}
			double sin2 = (elbowSign < 0 ? -1 : 1) * Math.sqrt(1 - cos2 * cos2);
			double j2 = Math.atan2(sin2, cos2);
			double j1 = Math.atan2(wy, wx) - Math.atan2(l2 * sin2, l1 + l2 * cos2);
			double j1Deg = normalize(Math.toDegrees(j1));
			double j2Deg = Math.toDegrees(j2);
			Pose pose = new Pose(j1Deg, j2Deg, normalize(target.angle() - j1Deg - j2Deg));
			return violation(pose) < 0 ? Optional.of(pose) : Optional.empty();
		}

		/** The first axis outside its limits, or -1. */
		static int violation(Pose pose) {
			for (int axis = 0; axis < AXES; axis++) {
				if (pose.get(axis) < MIN[axis] - 1e-9 || pose.get(axis) > MAX[axis] + 1e-9) {
					return axis;
				}
			}
			return -1;
		}

		static double normalize(double degrees) {
			double d = degrees % 360;
			if (d > 180) {
				d -= 360;
			}
			if (d <= -180) {
				d += 360;
			}
			return d;
		}
	}

	/** What a jog did: the new pose, and a message when a limit or the reach stopped it. */
	record JogResult(Pose pose, boolean stopped, String axisName, double limit) {
	}

	/** Moves the arm by small amounts, never past a joint limit or out of reach. */
	static final class Jogger {

		static final String[] AXIS_NAMES = { "J1", "J2", "J3" };

		static JogResult jogAxis(Pose pose, int axis, double delta) {
			double wanted = pose.get(axis) + delta;
			double clamped = Math.max(Arm.MIN[axis], Math.min(Arm.MAX[axis], wanted));
			boolean stopped = clamped != wanted;
			double limit = wanted > Arm.MAX[axis] ? Arm.MAX[axis] : Arm.MIN[axis];
			return new JogResult(pose.with(axis, clamped), stopped, AXIS_NAMES[axis], limit);
		}

		/** Moves the torch tip along the base X or Y axis, keeping its direction and the elbow side. */
		static JogResult jogLinear(Pose pose, double dx, double dy) {
			ToolPose tool = Arm.forward(pose);
			ToolPose target = new ToolPose(tool.x() + dx, tool.y() + dy, tool.angle());
			Optional<Pose> next = Arm.inverse(target, elbowSign(pose));
			return next.map(p -> new JogResult(p, false, null, 0)).orElseGet(() -> new JogResult(pose, true, null, 0));
		}

		static double elbowSign(Pose pose) {
			return pose.j2() < 0 ? -1 : 1;
		}
	}

	/** The taught points P1, P2, … in the order they were taught. */
	static final class TeachList {

		static final int CAPACITY = 30;

		private final List<Pose> points = new ArrayList<>();

		boolean add(Pose pose) {
			if (points.size() >= CAPACITY) {
				return false;
			}
			points.add(pose);
			return true;
		}

		void clear() {
			points.clear();
		}

		List<Pose> points() {
			return List.copyOf(points);
		}

		int size() {
			return points.size();
		}

		static String name(int index) {
			return "P" + (index + 1);
		}
	}

	enum Motion { JOINT, LINEAR }

	/** One move of a playback, from one pose to the next. */
	record Segment(Pose from, Pose to, double seconds) {
	}

	/**
	 * Moves through the teach points, starting from the current pose. A joint move (MoveJ) turns all
	 * axes together so they arrive at once; a linear move (MoveL) keeps the torch tip on a straight
	 * line, as a seam needs. Each segment starts and ends at rest (smoothstep), as a real arm does.
	 */
	static final class Playback {

		private static final int LINEAR_SAMPLES = 60;

		private final List<Segment> segments = new ArrayList<>();

		private final Motion motion;

		private final double elbowSign;

		private final double totalSeconds;

		private Playback(Motion motion, double elbowSign, List<Segment> segments) {
			this.motion = motion;
			this.elbowSign = elbowSign;
			this.segments.addAll(segments);
			this.totalSeconds = segments.stream().mapToDouble(Segment::seconds).sum();
		}

		/**
		 * Plans the moves, or explains which segment cannot be driven: for MoveL a straight line can
		 * leave the workspace or need a joint past its limit even though both ends are fine.
		 */
		static Playback plan(Pose start, List<Pose> points, Motion motion, double degreesPerSecond,
				double millimetresPerSecond) throws UnreachableException {
			double elbowSign = Jogger.elbowSign(start);
			List<Segment> segments = new ArrayList<>();
			Pose from = start;
			for (int i = 0; i < points.size(); i++) {
				Pose to = points.get(i);
				double seconds = from.largestChangeTo(to) / degreesPerSecond;
				if (motion == Motion.LINEAR) {
					if (Jogger.elbowSign(to) != elbowSign) {
						throw new UnreachableException(i, "肘部姿态不同，不能直线运动", "elbow configuration differs");
					}
					double distance = Arm.forward(from).distanceTo(Arm.forward(to));
					seconds = Math.max(seconds, distance / millimetresPerSecond);
				}
				segments.add(new Segment(from, to, Math.max(seconds, 0.05)));
				from = to;
			}
			Playback playback = new Playback(motion, elbowSign, segments);
			playback.checkLinearPaths();
			return playback;
		}

		private void checkLinearPaths() throws UnreachableException {
			if (motion != Motion.LINEAR) {
				return;
			}
			for (int i = 0; i < segments.size(); i++) {
				for (int k = 1; k < LINEAR_SAMPLES; k++) {
					if (linearPose(segments.get(i), (double) k / LINEAR_SAMPLES).isEmpty()) {
						throw new UnreachableException(i, "直线路径超出工作范围或关节限位", "straight path leaves the workspace or a joint limit");
					}
				}
			}
		}

		double totalSeconds() {
			return totalSeconds;
		}

		boolean finished(double seconds) {
			return seconds >= totalSeconds;
		}

		/** The index of the teach point being approached at {@code seconds}. */
		int target(double seconds) {
			double start = 0;
			for (int i = 0; i < segments.size(); i++) {
				start += segments.get(i).seconds();
				if (seconds < start) {
					return i;
				}
			}
			return segments.size() - 1;
		}

		Pose at(double seconds) {
			double start = 0;
			for (Segment segment : segments) {
				if (seconds < start + segment.seconds()) {
					double share = smoothstep((seconds - start) / segment.seconds());
					return motion == Motion.LINEAR ? linearPose(segment, share).orElse(segment.to())
							: Pose.between(segment.from(), segment.to(), share);
				}
				start += segment.seconds();
			}
			return segments.get(segments.size() - 1).to();
		}

		private Optional<Pose> linearPose(Segment segment, double share) {
			ToolPose tool = ToolPose.between(Arm.forward(segment.from()), Arm.forward(segment.to()), share);
			return Arm.inverse(tool, elbowSign);
		}

		static double smoothstep(double u) {
			double t = Math.max(0, Math.min(1, u));
			return t * t * (3 - 2 * t);
		}
	}

	/** A playback that cannot run, naming the segment ending at the given teach point. */
	static final class UnreachableException extends Exception {

		final int point;

		final String zh;

		final String en;

		UnreachableException(int point, String zh, String en) {
			super(TeachList.name(point) + ": " + en);
			this.point = point;
			this.zh = zh;
			this.en = en;
		}
	}

	// ------------------------------------------------------------------ self-test

	/** Checks the motion model headless; the Maven test suite runs this and reads the report. */
	static final class SelfTest {

		private static final double EPS = 1e-6;

		private final PrintStream out;

		private int passed;

		private int failed;

		SelfTest(PrintStream out) {
			this.out = out;
		}

		boolean runAll() {
			out.println("RobotJog self-test");
			check("kinematics.forward", this::forward);
			check("kinematics.inverse-round-trip", this::inverseRoundTrip);
			check("kinematics.out-of-reach", this::outOfReach);
			check("limits.jog-stops-at-limit", this::jogStopsAtLimit);
			check("limits.linear-jog", this::linearJog);
			check("teach.list", this::teachList);
			check("playback.joint-interpolation", this::jointInterpolation);
			check("playback.linear-straight-line", this::linearStraightLine);
			check("playback.rejects-unreachable-line", this::rejectsUnreachableLine);
			check("playback.visits-points-in-order", this::visitsPointsInOrder);
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

		private static boolean near(ToolPose tool, double x, double y, double angle) {
			return Math.abs(tool.x() - x) < EPS && Math.abs(tool.y() - y) < EPS
					&& Math.abs(Arm.normalize(tool.angle() - angle)) < EPS;
		}

		private static boolean near(Pose a, Pose b, double tolerance) {
			return a.largestChangeTo(b) < tolerance;
		}

		private String forward() {
			Object[][] cases = { { new Pose(0, 0, 0), 820.0, 0.0, 0.0 }, { new Pose(90, 0, 0), 0.0, 820.0, 90.0 },
					{ new Pose(0, 90, 0), 400.0, 420.0, 90.0 }, { new Pose(0, 90, -90), 520.0, 300.0, 0.0 },
					{ new Pose(-90, 90, 90), 300.0, -280.0, 90.0 } };
			for (Object[] c : cases) {
				ToolPose tool = Arm.forward((Pose) c[0]);
				if (!near(tool, (double) c[1], (double) c[2], (double) c[3])) {
					return c[0] + " gave " + tool;
				}
			}
			return null;
		}

		private String inverseRoundTrip() {
			java.util.Random random = new java.util.Random(7);
			for (int i = 0; i < 500; i++) {
				Pose pose = new Pose(random.nextDouble() * 300 - 150, random.nextDouble() * 260 - 130 + 5,
						random.nextDouble() * 220 - 110);
				if (Math.abs(pose.j2()) < 1) {
					continue;
				}
				Optional<Pose> back = Arm.inverse(Arm.forward(pose), Jogger.elbowSign(pose));
				if (back.isEmpty() || !near(back.get(), pose, 1e-6)) {
					return pose + " came back as " + back;
				}
			}
			return null;
		}

		private String outOfReach() {
			return Arm.inverse(new ToolPose(900, 0, 0), 1).isEmpty() && Arm.inverse(new ToolPose(0, 0, 180), 1).isEmpty()
					? null : "a point beyond 820 mm or at the base was accepted";
		}

		private String jogStopsAtLimit() {
			JogResult inside = Jogger.jogAxis(new Pose(0, 140, 0), 1, 3);
			if (inside.stopped() || inside.pose().j2() != 143) {
				return "a jog inside the limits was stopped: " + inside;
			}
			JogResult up = Jogger.jogAxis(new Pose(0, 140, 0), 1, 10);
			if (!up.stopped() || up.pose().j2() != 145 || up.limit() != 145 || !up.axisName().equals("J2")) {
				return "J2 +10 from 140 should stop at 145: " + up;
			}
			JogResult down = Jogger.jogAxis(new Pose(-168, 0, 0), 0, -5);
			if (!down.stopped() || down.pose().j1() != -170) {
				return "J1 -5 from -168 should stop at -170: " + down;
			}
			Pose hurled = Jogger.jogAxis(new Pose(0, 0, 0), 2, 500).pose();
			return Arm.violation(hurled) < 0 ? null : "a jog left the limits: " + hurled;
		}

		private String linearJog() {
			Pose start = Arm.HOME;
			ToolPose before = Arm.forward(start);
			JogResult moved = Jogger.jogLinear(start, 10, 0);
			ToolPose after = Arm.forward(moved.pose());
			if (moved.stopped() || !near(after, before.x() + 10, before.y(), before.angle())) {
				return "X+10 from " + before + " gave " + after;
			}
			JogResult far = Jogger.jogLinear(start, 2000, 0);
			return far.stopped() && far.pose().equals(start) ? null : "a jog out of reach moved the arm";
		}

		private String teachList() {
			TeachList list = new TeachList();
			list.add(new Pose(1, 2, 3));
			list.add(new Pose(4, 5, 6));
			if (list.size() != 2 || !list.points().get(1).equals(new Pose(4, 5, 6)) || !TeachList.name(1).equals("P2")) {
				return "points not kept in order as P1, P2";
			}
			while (list.add(Arm.HOME)) {
				// fill up to the capacity
			}
			if (list.size() != TeachList.CAPACITY) {
				return "capacity not enforced: " + list.size();
			}
			list.clear();
			return list.size() == 0 ? null : "clear left points";
		}

		private String jointInterpolation() throws UnreachableException {
			Pose a = new Pose(0, 0, 0);
			Pose b = new Pose(60, -30, 10);
			Playback playback = Playback.plan(a, List.of(b), Motion.JOINT, 30, 100);
			if (Math.abs(playback.totalSeconds() - 2.0) >= EPS) {
				return "60 degrees at 30 deg/s should take 2 s, not " + playback.totalSeconds();
			}
			if (!near(playback.at(0), a, EPS) || !near(playback.at(2.0), b, EPS)) {
				return "does not start at the current pose and end at P1";
			}
			if (!near(playback.at(1.0), new Pose(30, -15, 5), EPS)) {
				return "mid-time pose should be half way: " + playback.at(1.0);
			}
			double previous = -1;
			for (double t = 0; t <= 2.0; t += 0.05) {
				double j1 = playback.at(t).j1();
				if (j1 < previous - EPS) {
					return "J1 moved backwards at " + t + " s";
				}
				previous = j1;
			}
			double early = playback.at(0.1).j1();
			return early < 60 * 0.1 / 2.0 ? null : "no gentle start: J1 " + early + " after 0.1 s";
		}

		private String linearStraightLine() throws UnreachableException {
			Pose a = Arm.inverse(new ToolPose(350, -50, -90), -1).orElseThrow();
			Pose b = Arm.inverse(new ToolPose(550, -50, -90), -1).orElseThrow();
			Playback playback = Playback.plan(a, List.of(b), Motion.LINEAR, 90, 100);
			if (Math.abs(playback.totalSeconds() - 2.0) > 0.01) {
				return "200 mm at 100 mm/s should take 2 s, not " + playback.totalSeconds();
			}
			for (double t = 0; t <= playback.totalSeconds(); t += 0.1) {
				ToolPose tool = Arm.forward(playback.at(t));
				if (Math.abs(tool.y() + 50) > 1e-6 || Math.abs(Arm.normalize(tool.angle() + 90)) > 1e-6) {
					return "torch left the seam line at " + t + " s: " + tool;
				}
			}
			Playback joint = Playback.plan(a, List.of(b), Motion.JOINT, 90, 100);
			double bulge = Math.abs(Arm.forward(joint.at(joint.totalSeconds() / 2)).y() + 50);
			return bulge > 1 ? null : "the joint move should not be straight (bulge " + bulge + " mm)";
		}

		private String rejectsUnreachableLine() {
			Pose a = Arm.inverse(new ToolPose(500, 300, 0), 1).orElseThrow();
			Pose b = Arm.inverse(new ToolPose(-500, 300, 180), 1).orElseThrow();
			try {
				Playback.plan(a, List.of(a, b), Motion.LINEAR, 90, 100);
				return "a straight line through the base was accepted";
			}
			catch (UnreachableException e) {
				return e.point == 1 ? null : "blamed " + TeachList.name(e.point) + " instead of P2";
			}
		}

		private String visitsPointsInOrder() throws UnreachableException {
			List<Pose> points = List.of(new Pose(10, -20, 0), new Pose(20, -40, 10), new Pose(-10, -60, 20));
			Playback playback = Playback.plan(Arm.HOME, points, Motion.JOINT, 45, 100);
			double t = 0;
			for (int i = 0; i < points.size(); i++) {
				t += segmentSeconds(i, points, 45);
				if (!near(playback.at(t - 1e-9), points.get(i), 1e-3) || playback.target(t - 0.01) != i) {
					return "did not reach " + TeachList.name(i) + " at " + t + " s";
				}
			}
			return playback.finished(t) ? null : "not finished after the last point";
		}

		private static double segmentSeconds(int i, List<Pose> points, double speed) {
			Pose from = i == 0 ? Arm.HOME : points.get(i - 1);
			return Math.max(from.largestChangeTo(points.get(i)) / speed, 0.05);
		}

		interface Check {

			String run() throws Exception;
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
			chinese = new Font(FAMILY, Font.PLAIN, 14).canDisplayUpTo("示教回放清除点动速度关节直线限位") == -1 && SOURCE_READ_AS_UTF8
					&& !"en".equals(System.getProperty("sim.lang"));
		}

		static String t(String zh, String en) {
			return chinese ? zh + " (" + en + ")" : en;
		}

		/** For buttons: "示教 Teach", shorter than with parentheses. */
		static String b(String zh, String en) {
			return chinese ? zh + " " + en : en;
		}

		static Font font(int style, int size) {
			return new Font(FAMILY, style, size);
		}
	}

	static final class Palette {

		static final Color HEADER = new Color(0x1F3A5F);

		static final Color FLOOR = new Color(0x3A3F47);

		static final Color GRID = new Color(0x474D57);

		static final Color TABLE = new Color(0x6B7280);

		static final Color PLATE = new Color(0xA7B0BC);

		static final Color SEAM = new Color(0xFF8C00);

		static final Color ROBOT = new Color(0xF28C28);

		static final Color ROBOT_DARK = new Color(0xB35F10);

		static final Color TRAIL = new Color(0x40E0FF);

		static final Color TEXT = new Color(0xECEFF4);

		static final Color DIM = new Color(0xA0AABB);

		static final Color OK = new Color(0x1E8E3E);

		static final Color WARN = new Color(0xC62828);

		static final Color PANEL = new Color(0xF3F5F8);
	}

	/** The cell from above: table, plate with the seam to weld, reach, taught points, the arm. */
	static final class CellView extends JComponent {

		/** The seam of the course lab: a 200 × 100 mm rectangle on a 300 × 200 mm plate. */
		static final Rectangle2D PLATE = new Rectangle2D.Double(300, -100, 300, 200);

		static final Rectangle2D SEAM = new Rectangle2D.Double(350, -50, 200, 100);

		private Pose pose = Arm.HOME;

		private List<Pose> taught = List.of();

		private final List<Point2D> trail = new ArrayList<>();

		private double scale;

		private double originX;

		private double originY;

		void show(Pose pose, boolean traceTool) {
			this.pose = pose;
			if (traceTool) {
				ToolPose tool = Arm.forward(pose);
				trail.add(new Point2D.Double(tool.x(), tool.y()));
				if (trail.size() > 20_000) {
					trail.remove(0);
				}
			}
			repaint();
		}

		void showTaught(List<Pose> taught) {
			this.taught = taught;
			repaint();
		}

		void clearTrail() {
			trail.clear();
			repaint();
		}

		private Point2D screen(double x, double y) {
			return new Point2D.Double(originX + x * scale, originY - y * scale);
		}

		@Override
		protected void paintComponent(Graphics g) {
			Graphics2D g2 = (Graphics2D) g.create();
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			double reach = Arm.LENGTHS[0] + Arm.LENGTHS[1] + Arm.LENGTHS[2];
			// Zoomed so the seam is large enough to follow; the far side of the reach circle may be cut off.
			scale = Math.min(getWidth() * 0.70 / reach, getHeight() / (1.3 * reach));
			originX = getWidth() * 0.30;
			originY = getHeight() / 2.0;
			paintFloor(g2, reach);
			paintWorkpiece(g2);
			paintTrail(g2);
			paintTaught(g2);
			paintArm(g2);
			paintReadout(g2);
			g2.dispose();
		}

		private void paintFloor(Graphics2D g2, double reach) {
			g2.setColor(Palette.FLOOR);
			g2.fillRect(0, 0, getWidth(), getHeight());
			g2.setColor(Palette.GRID);
			for (int mm = -1000; mm <= 1000; mm += 100) {
				Point2D a = screen(mm, -1000);
				Point2D b = screen(mm, 1000);
				g2.draw(new Line2D.Double(a.getX(), 0, b.getX(), getHeight()));
				Point2D c = screen(-1000, mm);
				g2.draw(new Line2D.Double(0, c.getY(), getWidth(), c.getY()));
			}
			Point2D o = screen(0, 0);
			g2.setColor(new Color(0x5D6675));
			g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 8, 6 }, 0));
			g2.draw(new Ellipse2D.Double(o.getX() - reach * scale, o.getY() - reach * scale, 2 * reach * scale,
					2 * reach * scale));
			g2.setStroke(new BasicStroke(2f));
			g2.setColor(new Color(0x9FB3C8));
			g2.draw(new Line2D.Double(o.getX(), o.getY(), o.getX() + 60, o.getY()));
			g2.draw(new Line2D.Double(o.getX(), o.getY(), o.getX(), o.getY() - 60));
			g2.setFont(Texts.font(Font.BOLD, 13));
			g2.drawString("X", (float) o.getX() + 64, (float) o.getY() + 5);
			g2.drawString("Y", (float) o.getX() - 4, (float) o.getY() - 66);
		}

		private void paintWorkpiece(Graphics2D g2) {
			Rectangle2D table = new Rectangle2D.Double(260, -150, 380, 300);
			fillMm(g2, table, Palette.TABLE);
			fillMm(g2, PLATE, Palette.PLATE);
			Point2D a = screen(SEAM.getMinX(), SEAM.getMaxY());
			g2.setColor(Palette.SEAM);
			g2.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] { 10, 6 }, 0));
			g2.draw(new Rectangle2D.Double(a.getX(), a.getY(), SEAM.getWidth() * scale, SEAM.getHeight() * scale));
			g2.setFont(Texts.font(Font.PLAIN, 13));
			g2.setColor(Color.BLACK);
			Point2D label = screen(PLATE.getMinX() + 6, PLATE.getMinY() + 8);
			g2.drawString(Texts.chinese ? "焊缝 200×100 mm" : "seam 200×100 mm", (float) label.getX(), (float) label.getY());
		}

		private void fillMm(Graphics2D g2, Rectangle2D mm, Color color) {
			Point2D corner = screen(mm.getMinX(), mm.getMaxY());
			g2.setColor(color);
			g2.fill(new Rectangle2D.Double(corner.getX(), corner.getY(), mm.getWidth() * scale, mm.getHeight() * scale));
		}

		private void paintTrail(Graphics2D g2) {
			if (trail.size() < 2) {
				return;
			}
			Path2D path = new Path2D.Double();
			Point2D first = screen(trail.get(0).getX(), trail.get(0).getY());
			path.moveTo(first.getX(), first.getY());
			for (Point2D p : trail) {
				Point2D s = screen(p.getX(), p.getY());
				path.lineTo(s.getX(), s.getY());
			}
			g2.setColor(Palette.TRAIL);
			g2.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g2.draw(path);
		}

		private void paintTaught(Graphics2D g2) {
			g2.setFont(Texts.font(Font.BOLD, 13));
			for (int i = 0; i < taught.size(); i++) {
				ToolPose tool = Arm.forward(taught.get(i));
				Point2D s = screen(tool.x(), tool.y());
				g2.setColor(Color.WHITE);
				g2.fill(new Ellipse2D.Double(s.getX() - 5, s.getY() - 5, 10, 10));
				g2.setColor(new Color(0x0B3D91));
				g2.draw(new Ellipse2D.Double(s.getX() - 5, s.getY() - 5, 10, 10));
				g2.setColor(Color.WHITE);
				g2.drawString(TeachList.name(i), (float) s.getX() + 7, (float) s.getY() - 7);
			}
		}

		private void paintArm(Graphics2D g2) {
			Point2D[] chain = Arm.chain(pose);
			Point2D[] s = new Point2D[chain.length];
			for (int i = 0; i < chain.length; i++) {
				s[i] = screen(chain[i].getX(), chain[i].getY());
			}
			g2.setColor(new Color(0x222831));
			g2.fill(new Ellipse2D.Double(s[0].getX() - 34, s[0].getY() - 34, 68, 68));
			float[] widths = { 34, 26, 10 };
			for (int i = 0; i < Arm.AXES; i++) {
				g2.setStroke(new BasicStroke(widths[i] + 4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g2.setColor(i == 2 ? new Color(0x30343B) : Palette.ROBOT_DARK);
				g2.draw(new Line2D.Double(s[i], s[i + 1]));
				g2.setStroke(new BasicStroke(widths[i], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g2.setColor(i == 2 ? new Color(0x8A929E) : Palette.ROBOT);
				g2.draw(new Line2D.Double(s[i], s[i + 1]));
			}
			g2.setFont(Texts.font(Font.BOLD, 12));
			for (int i = 0; i < Arm.AXES; i++) {
				double r = i == 0 ? 13 : 10;
				g2.setColor(new Color(0x2B2F36));
				g2.fill(new Ellipse2D.Double(s[i].getX() - r, s[i].getY() - r, 2 * r, 2 * r));
				g2.setColor(Color.WHITE);
				g2.drawString(Jogger.AXIS_NAMES[i], (float) s[i].getX() - 8, (float) s[i].getY() + 4);
			}
			g2.setColor(Palette.TRAIL);
			g2.setStroke(new BasicStroke(2f));
			Point2D tip = s[3];
			g2.draw(new Line2D.Double(tip.getX() - 9, tip.getY(), tip.getX() + 9, tip.getY()));
			g2.draw(new Line2D.Double(tip.getX(), tip.getY() - 9, tip.getX(), tip.getY() + 9));
			g2.drawString("TCP", (float) tip.getX() + 8, (float) tip.getY() + 18);
		}

		private void paintReadout(Graphics2D g2) {
			ToolPose tool = Arm.forward(pose);
			g2.setColor(new Color(0, 0, 0, 150));
			g2.fillRoundRect(10, 10, 300, 62, 10, 10);
			g2.setColor(Palette.TEXT);
			g2.setFont(Texts.font(Font.BOLD, 14));
			g2.drawString(Texts.t("工具点", "tool point") + " TCP", 20, 32);
			g2.setFont(new Font(Font.MONOSPACED, Font.BOLD, 16));
			g2.drawString(String.format(Locale.ROOT, "X %7.1f  Y %7.1f mm", tool.x(), tool.y()), 20, 52);
			g2.setFont(Texts.font(Font.PLAIN, 13));
			g2.setColor(Palette.DIM);
			g2.drawString(String.format(Locale.ROOT, "%s %.1f°", Texts.chinese ? "焊枪方向 (torch angle)" : "torch angle",
					tool.angle()), 20, 67);
		}
	}

	/** A jog button: one step on press, then a continuous move while it is held down. */
	static final class JogButton extends JButton {

		static final double TICK_SECONDS = 0.04;

		private final Timer repeat;

		private boolean held;

		/** move receives false for the first step and true for each tick while the button stays pressed. */
		JogButton(String text, Consumer<Boolean> move) {
			super(text);
			setFont(Texts.font(Font.BOLD, 16));
			setMargin(new Insets(2, 4, 2, 4));
			repeat = new Timer((int) (TICK_SECONDS * 1000), e -> move.accept(true));
			repeat.setInitialDelay(350);
			ButtonModel model = getModel();
			model.addChangeListener(e -> {
				boolean pressed = model.isPressed() && model.isArmed();
				if (pressed && !held) {
					held = true;
					move.accept(false);
					repeat.restart();
				}
				else if (!pressed && held) {
					held = false;
					repeat.stop();
				}
			});
		}
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

	/** What the controls ask of the window; the window decides how far and whether a move is allowed. */
	interface JogActions {

		/** direction is +1 or -1; held is true for the repeated moves while a button stays pressed. */
		void jogAxis(int axis, int direction, boolean held);

		void jogLinear(int xDirection, int yDirection, boolean held);

		void speed(int percent);

		void motion(Motion motion);

		void teach();

		void play();

		void stop();

		void clear();

		void home();

		void clearPath();
	}

	/** The right-hand side: jog buttons with joint readouts, speed, motion type, teach buttons and list. */
	static final class ControlPanel {

		static final int[] SPEEDS = { 10, 25, 50, 100 };

		private final JogActions actions;

		private final JLabel[] jointValues = new JLabel[Arm.AXES];

		private final DefaultListModel<String> pointNames = new DefaultListModel<>();

		private final JList<String> pointList = new JList<>(pointNames);

		private final JPanel panel = new JPanel(new GridBagLayout());

		ControlPanel(JogActions actions, int speedPercent) {
			this.actions = actions;
			panel.setBackground(Palette.PANEL);
			panel.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
			panel.setPreferredSize(new Dimension(372, 100));
			GridBagConstraints c = new GridBagConstraints();
			c.gridx = 0;
			c.fill = GridBagConstraints.HORIZONTAL;
			c.weightx = 1;
			c.insets = new Insets(3, 0, 3, 0);
			panel.add(section(Texts.t("点动", "jog")), c);
			panel.add(jogGrid(), c);
			panel.add(section(Texts.t("速度", "speed")), c);
			panel.add(speedRow(speedPercent), c);
			panel.add(section(Texts.t("回放方式", "playback motion")), c);
			panel.add(motionRow(), c);
			panel.add(section(Texts.t("示教点", "teach points")), c);
			panel.add(teachButtons(), c);
			c.fill = GridBagConstraints.BOTH;
			c.weighty = 1;
			pointList.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
			pointList.setFocusable(false);
			panel.add(new JScrollPane(pointList), c);
			c.fill = GridBagConstraints.HORIZONTAL;
			c.weighty = 0;
			panel.add(keyHint(), c);
		}

		JComponent component() {
			return panel;
		}

		void showJoints(Pose pose) {
			for (int axis = 0; axis < Arm.AXES; axis++) {
				jointValues[axis].setText(String.format(Locale.ROOT, "%+7.1f°", pose.get(axis)));
			}
		}

		void addPoint(int index, Pose pose) {
			ToolPose tool = Arm.forward(pose);
			pointNames.addElement(String.format(Locale.ROOT, "%-3s X%6.1f Y%6.1f  (%.0f/%.0f/%.0f)",
					TeachList.name(index), tool.x(), tool.y(), pose.j1(), pose.j2(), pose.j3()));
			pointList.ensureIndexIsVisible(index);
		}

		void clearPoints() {
			pointNames.clear();
		}

		void selectPoint(int index) {
			pointList.setSelectedIndex(index);
		}

		private static JLabel section(String text) {
			JLabel label = new JLabel(text);
			label.setFont(Texts.font(Font.BOLD, 15));
			label.setForeground(Palette.HEADER);
			return label;
		}

		private JComponent jogGrid() {
			JPanel grid = new JPanel(new GridLayout(5, 3, 6, 4));
			grid.setOpaque(false);
			for (int axis = 0; axis < Arm.AXES; axis++) {
				int a = axis;
				String name = Jogger.AXIS_NAMES[axis];
				grid.add(new JogButton(name + " −", held -> actions.jogAxis(a, -1, held)));
				jointValues[axis] = new JLabel("", SwingConstants.CENTER);
				jointValues[axis].setFont(new Font(Font.MONOSPACED, Font.BOLD, 15));
				grid.add(jointValues[axis]);
				grid.add(new JogButton(name + " +", held -> actions.jogAxis(a, 1, held)));
			}
			grid.add(new JogButton("X −", held -> actions.jogLinear(-1, 0, held)));
			grid.add(new JLabel(Texts.chinese ? "直线 X/Y" : "linear X/Y", SwingConstants.CENTER));
			grid.add(new JogButton("X +", held -> actions.jogLinear(1, 0, held)));
			grid.add(new JogButton("Y −", held -> actions.jogLinear(0, -1, held)));
			grid.add(new JLabel("mm", SwingConstants.CENTER));
			grid.add(new JogButton("Y +", held -> actions.jogLinear(0, 1, held)));
			return grid;
		}

		private JComponent speedRow(int selected) {
			JPanel row = new JPanel(new GridLayout(1, SPEEDS.length, 6, 0));
			row.setOpaque(false);
			ButtonGroup group = new ButtonGroup();
			for (int percent : SPEEDS) {
				JToggleButton button = new JToggleButton(percent + "%", percent == selected);
				button.setMargin(new Insets(2, 2, 2, 2));
				button.addActionListener(e -> actions.speed(percent));
				group.add(button);
				row.add(button);
			}
			return row;
		}

		private JComponent motionRow() {
			JPanel row = new JPanel(new GridLayout(1, 2, 6, 0));
			row.setOpaque(false);
			ButtonGroup group = new ButtonGroup();
			JToggleButton joint = new JToggleButton(Texts.b("关节", "MoveJ"), true);
			JToggleButton linear = new JToggleButton(Texts.b("直线", "MoveL"));
			joint.addActionListener(e -> actions.motion(Motion.JOINT));
			linear.addActionListener(e -> actions.motion(Motion.LINEAR));
			group.add(joint);
			group.add(linear);
			row.add(joint);
			row.add(linear);
			return row;
		}

		private JComponent teachButtons() {
			JPanel row = new JPanel(new GridLayout(2, 3, 6, 6));
			row.setOpaque(false);
			row.add(button("示教", "Teach", new Color(0x0B5CAD), actions::teach));
			row.add(button("回放", "Play", Palette.OK, actions::play));
			row.add(button("停止", "Stop", Palette.WARN, actions::stop));
			row.add(button("清除", "Clear", new Color(0x5B6472), actions::clear));
			row.add(button("回原点", "Home", new Color(0x5B6472), actions::home));
			row.add(button("清轨迹", "Clear path", new Color(0x5B6472), actions::clearPath));
			return row;
		}

		/** Chinese on top, English below in smaller type; English alone without Chinese fonts. */
		private static JButton button(String zh, String en, Color color, Runnable action) {
			JButton button = new JButton(Texts.chinese
					? "<html><center>" + zh + "<br><span style='font-size:10px;font-weight:normal'>" + en + "</span></center></html>"
					: en);
			button.setFont(Texts.font(Font.BOLD, 15));
			button.setForeground(Color.WHITE);
			button.setBackground(color);
			button.setMargin(new Insets(2, 2, 2, 2));
			button.setPreferredSize(new Dimension(100, 48));
			button.addActionListener(e -> action.run());
			return button;
		}

		private static JLabel keyHint() {
			JLabel keys = new JLabel("<html>" + (Texts.chinese ? "键盘 (keys)" : "Keys") + ": Q/A J1 · W/S J2 · E/D J3 · ←→↑↓ X/Y<br>T "
					+ Texts.b("示教", "teach") + " · P " + Texts.b("回放", "play") + " · Esc " + Texts.b("停止", "stop") + "</html>");
			keys.setFont(Texts.font(Font.PLAIN, 13));
			keys.setForeground(new Color(0x4B5563));
			return keys;
		}
	}

	/** The full-screen window: the cell on the left, the controls on the right; it owns the arm's state. */
	static final class JogWindow implements JogActions {

		/** Joint speed at 100 % (deg/s) and the torch's linear speed at 100 % (mm/s). */
		private static final double MAX_DEG_PER_S = 60;

		private static final double MAX_MM_PER_S = 250;

		private final CellView cell = new CellView();

		private final JLabel message = new JLabel();

		private final TeachList teachList = new TeachList();

		private final Timer playTimer = new Timer(20, e -> playTick());

		private Pose pose = Arm.HOME;

		private int speedPercent = 25;

		private Motion motion = Motion.JOINT;

		private final ControlPanel controls = new ControlPanel(this, speedPercent);

		private Playback playback;

		/** True while the playback is the move home rather than through the teach points. */
		private boolean homing;

		private long playStartedNanos;

		static void open() {
			Texts.detect();
			installFonts();
			new JogWindow().show();
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
			JFrame frame = new JFrame("Robot Jog");
			frame.setUndecorated(true);
			frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
			JPanel root = new JPanel(new BorderLayout());
			root.add(header(), BorderLayout.NORTH);
			root.add(cell, BorderLayout.CENTER);
			root.add(controls.component(), BorderLayout.EAST);
			message.setFont(Texts.font(Font.PLAIN, 15));
			message.setOpaque(true);
			message.setBackground(new Color(0xE5E9F0));
			message.setBorder(BorderFactory.createEmptyBorder(7, 12, 7, 12));
			root.add(message, BorderLayout.SOUTH);
			bindKeys(root);
			frame.setContentPane(root);
			frame.setBounds(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
			moveTo(pose, false);
			say(Texts.t("就绪：点动机器人，示教焊缝的各个角点", "ready: jog the arm and teach the corners of the seam"), false);
			frame.setVisible(true);
		}

		private static JComponent header() {
			JLabel title = new JLabel(Texts.t("弧焊机器人点动示教", "Robot Jog & Teach")
					+ (Texts.chinese ? "  ·  工赋学院" : "  ·  Workforce Academy"));
			title.setFont(Texts.font(Font.BOLD, 20));
			title.setForeground(Color.WHITE);
			JPanel header = new JPanel(new BorderLayout());
			header.setBackground(Palette.HEADER);
			header.setBorder(BorderFactory.createEmptyBorder(8, 14, 8, 14));
			header.add(title, BorderLayout.WEST);
			return header;
		}

		/** One key press is one step; the X server's auto-repeat makes a held key move on. */
		private void bindKeys(JComponent root) {
			String[][] axisKeys = { { "Q", "A" }, { "W", "S" }, { "E", "D" } };
			for (int axis = 0; axis < Arm.AXES; axis++) {
				int a = axis;
				bindGlobalKey(root, axisKeys[axis][0], "plus" + axis, () -> jogAxis(a, 1, false));
				bindGlobalKey(root, axisKeys[axis][1], "minus" + axis, () -> jogAxis(a, -1, false));
			}
			bindGlobalKey(root, "RIGHT", "x+", () -> jogLinear(1, 0, false));
			bindGlobalKey(root, "LEFT", "x-", () -> jogLinear(-1, 0, false));
			bindGlobalKey(root, "UP", "y+", () -> jogLinear(0, 1, false));
			bindGlobalKey(root, "DOWN", "y-", () -> jogLinear(0, -1, false));
			bindGlobalKey(root, "T", "teach", this::teach);
			bindGlobalKey(root, "P", "play", this::play);
			bindGlobalKey(root, "ESCAPE", "stop", this::stop);
		}

		/**
		 * A click moves a fixed step that grows with the speed (0.5° or 1 mm at 10 %, 5° or 10 mm at
		 * 100 %); a held button moves at the speed's share of the full jog speed, once per JogButton tick.
		 */
		@Override
		public void jogAxis(int axis, int direction, boolean held) {
			if (refuseWhilePlaying()) {
				return;
			}
			double amount = held ? MAX_DEG_PER_S * speedPercent / 100.0 * JogButton.TICK_SECONDS : speedPercent / 20.0;
			JogResult result = Jogger.jogAxis(pose, axis, direction * amount);
			moveTo(result.pose(), false);
			if (result.stopped()) {
				String limit = String.format(Locale.ROOT, "%+.0f°", result.limit());
				say(Texts.t(result.axisName() + " 已到达限位 " + limit, result.axisName() + " at its limit " + limit), true);
			}
			else {
				say(" ", false);
			}
		}

		@Override
		public void jogLinear(int xDirection, int yDirection, boolean held) {
			if (refuseWhilePlaying()) {
				return;
			}
			double amount = held ? MAX_MM_PER_S * speedPercent / 100.0 * JogButton.TICK_SECONDS : speedPercent / 10.0;
			JogResult result = Jogger.jogLinear(pose, xDirection * amount, yDirection * amount);
			moveTo(result.pose(), false);
			if (result.stopped()) {
				say(Texts.t("无法沿直线继续：超出工作范围或关节限位", "cannot go on in a straight line: out of reach or at a joint limit"), true);
			}
			else {
				say(" ", false);
			}
		}

		@Override
		public void speed(int percent) {
			speedPercent = percent;
			say(Texts.t("速度 " + percent + " %", "speed " + percent + " %"), false);
		}

		@Override
		public void motion(Motion selected) {
			motion = selected;
		}

		private boolean refuseWhilePlaying() {
			if (playback != null) {
				say(Texts.t("回放中不能点动，请先停止", "stop the playback before jogging"), true);
				return true;
			}
			return false;
		}

		@Override
		public void teach() {
			if (refuseWhilePlaying()) {
				return;
			}
			if (!teachList.add(pose)) {
				say(Texts.t("示教点已满（最多 " + TeachList.CAPACITY + " 个）", "teach list full (" + TeachList.CAPACITY + " points)"), true);
				return;
			}
			int index = teachList.size() - 1;
			controls.addPoint(index, pose);
			cell.showTaught(teachList.points());
			say(Texts.t("已示教 " + TeachList.name(index), "taught " + TeachList.name(index)), false);
		}

		@Override
		public void play() {
			if (playback != null) {
				return;
			}
			if (teachList.size() == 0) {
				say(Texts.t("没有示教点，请先示教", "no teach points yet: teach first"), true);
				return;
			}
			try {
				start(Playback.plan(pose, teachList.points(), motion, MAX_DEG_PER_S * speedPercent / 100.0,
						MAX_MM_PER_S * speedPercent / 100.0), false);
			}
			catch (UnreachableException e) {
				String segment = (e.point == 0 ? "→P1" : TeachList.name(e.point - 1) + "→" + TeachList.name(e.point));
				say(Texts.t(segment + " " + e.zh + "，请改用关节运动或重新示教", segment + " " + e.en + "; use MoveJ or teach again"), true);
			}
		}

		@Override
		public void home() {
			if (refuseWhilePlaying()) {
				return;
			}
			try {
				start(Playback.plan(pose, List.of(Arm.HOME), Motion.JOINT, MAX_DEG_PER_S * speedPercent / 100.0, 1), true);
				say(Texts.t("回原点中", "moving home"), false);
			}
			catch (UnreachableException e) {
				throw new IllegalStateException("a joint move cannot be unreachable", e);
			}
		}

		private void start(Playback planned, boolean toHome) {
			playback = planned;
			homing = toHome;
			if (!toHome) {
				cell.clearTrail();
			}
			playStartedNanos = System.nanoTime();
			playTimer.start();
		}

		private void playTick() {
			double seconds = (System.nanoTime() - playStartedNanos) / 1e9;
			moveTo(playback.at(seconds), !homing);
			if (playback.finished(seconds)) {
				playTimer.stop();
				playback = null;
				say(homing ? Texts.t("已回到原点", "at home") : Texts.t("回放完成", "playback finished"), false);
			}
			else if (!homing) {
				int target = playback.target(seconds);
				controls.selectPoint(target);
				String name = TeachList.name(target);
				say(Texts.t("回放中 → " + name, "playing → " + name) + "  " + speedPercent + " %", false);
			}
		}

		@Override
		public void stop() {
			if (playback != null) {
				playTimer.stop();
				playback = null;
				say(Texts.t("运动已停止", "motion stopped"), true);
			}
		}

		@Override
		public void clear() {
			stop();
			teachList.clear();
			controls.clearPoints();
			cell.showTaught(List.of());
			cell.clearTrail();
			say(Texts.t("示教点已清除", "teach points cleared"), false);
		}

		@Override
		public void clearPath() {
			cell.clearTrail();
		}

		private void moveTo(Pose next, boolean trace) {
			pose = next;
			cell.show(pose, trace);
			controls.showJoints(pose);
		}

		private void say(String text, boolean warning) {
			message.setText(text);
			message.setForeground(warning ? Palette.WARN : Color.BLACK);
		}
	}
}
