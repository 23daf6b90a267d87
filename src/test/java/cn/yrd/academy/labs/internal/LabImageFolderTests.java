package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line numbers refer to {@link #PLC_TRAINER}: 1 is the code, 9 the protocol, 11 the display, 13 the skills. */
class LabImageFolderTests {

	private static final String PLC_TRAINER = """
			code: plc-s7-1200
			name:
			  zh: 西门子 S7-1200 PLC 实训台
			  en: Siemens S7-1200 PLC Trainer
			vendor: Siemens
			equipment:
			  zh: S7-1200 CPU 1214C 实训台，含 16 路数字量输入/输出、模拟量模块和触摸屏
			  en: S7-1200 CPU 1214C trainer with 16 digital I/O, analog module and touch panel
			protocol: vnc
			port: 5900
			display: {width: 1024, height: 768}
			software: [TIA Portal V17, WinCC Basic V17]
			skills: [plc-programming, ladder-logic]
			""";

	private static final Set<String> SKILLS = Set.of("plc-programming", "ladder-logic", "ics-security");

	private final LabImageFolder folder = new LabImageFolder(SKILLS::contains);

	@TempDir
	Path images;

	@Test
	void loadsValidImage() throws IOException {
		write("plc-s7-1200", PLC_TRAINER);

		LabImageFolder.Result result = folder.read(images);

		assertThat(result.problems()).isEmpty();
		assertThat(result.images()).containsExactly(new LabImage("plc-s7-1200",
				new Bilingual("西门子 S7-1200 PLC 实训台", "Siemens S7-1200 PLC Trainer"), "Siemens",
				new Bilingual("S7-1200 CPU 1214C 实训台，含 16 路数字量输入/输出、模拟量模块和触摸屏",
						"S7-1200 CPU 1214C trainer with 16 digital I/O, analog module and touch panel"),
				"vnc", 5900, 1024, 768, List.of("TIA Portal V17", "WinCC Basic V17"),
				List.of("plc-programming", "ladder-logic")));
	}

	@Test
	void recordsSessionsUnlessTheImageTurnsRecordingOff() throws IOException {
		write("plc-s7-1200", PLC_TRAINER);
		assertThat(folder.read(images).images().get(0).recording()).isTrue();

		write("plc-s7-1200", PLC_TRAINER + "recording: false\n");
		assertThat(folder.read(images).images().get(0).recording()).isFalse();
	}

	@Test
	void refusesARecordingSwitchThatIsNotTrueOrFalse() throws IOException {
		write("plc-s7-1200", PLC_TRAINER + "recording: sometimes\n");

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-s7-1200/image.yaml", 14, "recording", "field.boolean"));
		assertThat(result.images()).isEmpty();
	}

	@Test
	void refusesCodeThatDiffersFromFolderName() throws IOException {
		write("plc-trainer", PLC_TRAINER);

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-trainer/image.yaml", 1, "code", "labImage.codeNotFolder", "plc-s7-1200",
						"plc-trainer"));
		assertThat(result.images()).isEmpty();
	}

	@Test
	void refusesUnknownProtocol() throws IOException {
		write("plc-s7-1200", PLC_TRAINER.replace("protocol: vnc", "protocol: telnet"));

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-s7-1200/image.yaml", 9, "protocol", "labImage.protocol", "telnet"));
		assertThat(result.images()).isEmpty();
	}

	@Test
	void reportsFolderWithoutImageYaml() throws IOException {
		write("plc-s7-1200", PLC_TRAINER);
		Files.createDirectories(images.resolve("robot-welding-cell"));
		Files.writeString(images.resolve("robot-welding-cell/readme.md"), "# 待补充");

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				SourceProblem.ofFile("robot-welding-cell/image.yaml", "file.missing"));
		assertThat(result.images()).extracting(LabImage::code).containsExactly("plc-s7-1200");
	}

	@Test
	void refusesUnknownSkill() throws IOException {
		write("plc-s7-1200", PLC_TRAINER.replace("skills: [plc-programming, ladder-logic]",
				"skills: [plc-programming, underwater-welding]"));

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-s7-1200/image.yaml", 13, "skills", "course.unknownSkill", "underwater-welding"));
		assertThat(result.images()).isEmpty();
	}

	@Test
	void loadsSshImageWithoutDisplay() throws IOException {
		write("ics-range", """
				code: ics-range
				name: {zh: 工控安全靶场, en: ICS Security Range}
				vendor: Workforce Academy
				equipment: {zh: 隔离的靶场网络与分析主机, en: An isolated range network and an analysis host}
				protocol: ssh
				port: 22
				skills: [ics-security]
				""");

		LabImageFolder.Result result = folder.read(images);

		assertThat(result.problems()).isEmpty();
		assertThat(result.images()).singleElement().satisfies(image -> {
			assertThat(image.protocol()).isEqualTo("ssh");
			assertThat(image.displayWidth()).isZero();
			assertThat(image.displayHeight()).isZero();
			assertThat(image.software()).isEmpty();
		});
	}

	@Test
	void requiresDisplayForVncImage() throws IOException {
		write("plc-s7-1200", PLC_TRAINER.replace("display: {width: 1024, height: 768}\n", ""));

		LabImageFolder.Result result = folder.read(images);

		// reported at the image's mapping, which starts on line 1
		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-s7-1200/image.yaml", 1, "display", "field.missing"));
		assertThat(result.images()).isEmpty();
	}

	@Test
	void refusesDisplaySmallerThan640By480() throws IOException {
		write("plc-s7-1200", PLC_TRAINER.replace("{width: 1024, height: 768}", "{width: 320, height: 768}"));

		LabImageFolder.Result result = folder.read(images);

		assertThatProblems(result.problems()).containsExactly(
				new SourceProblem("plc-s7-1200/image.yaml", 11, "display.width", "field.integer", 640, 7_680));
	}

	@Test
	void loadsTheClustersLabImages() throws IOException {
		SkillTaxonomy skills = new SkillTaxonomy(Path.of("courses/skills.yaml"));

		LabImageFolder.Result result = new LabImageFolder(skills::exists).read(Path.of("lab-images"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.images()).extracting(LabImage::code)
			.containsExactlyInAnyOrder("plc-s7-1200", "robot-welding-cell", "iiot-edge-gateway", "ics-security-range");
		assertThat(result.images()).allSatisfy(image -> assertThat(image.skills()).isNotEmpty()
			.allSatisfy(skill -> assertThat(skills.exists(skill)).as("skill %s of %s", skill, image.code()).isTrue()));
	}

	private void write(String folderName, String yaml) throws IOException {
		Path dir = Files.createDirectories(images.resolve(folderName));
		Files.writeString(dir.resolve("image.yaml"), yaml);
	}

	/** {@link SourceProblem}'s own equals compares its arguments array by identity. */
	private static ListAssert<SourceProblem> assertThatProblems(List<SourceProblem> problems) {
		return assertThat(problems).usingRecursiveFieldByFieldElementComparator();
	}

}
