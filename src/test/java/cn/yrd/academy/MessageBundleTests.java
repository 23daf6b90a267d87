package cn.yrd.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.yrd.academy.booking.internal.MyBookings;
import cn.yrd.academy.booking.internal.Refusal;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.booking.internal.Waitlist;
import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.HealthStatus;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.Organization;
import jakarta.validation.Constraint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word a user reads comes from the bundles, and both bundles say everything.
 */
class MessageBundleTests {

	/** Message keys built in templates as {@code #{|prefix.${value}|}}, by the enum whose constants fill them. */
	private static final Map<String, Class<? extends Enum<?>>> ENUM_KEY_PREFIXES = Map.ofEntries(
			Map.entry("role.", Role.class),
			Map.entry("province.", Province.class),
			Map.entry("organization.type.", OrganizationType.class),
			Map.entry("audit.type.", AuditEventType.class),
			Map.entry("organization.status.", Organization.Status.class),
			Map.entry("level.", CourseLevel.class),
			Map.entry("booking.shown.", MyBookings.Shown.class),
			Map.entry("booking.waitlist.status.", Waitlist.Status.class),
			Map.entry("booking.refused.", Refusal.class),
			Map.entry("machine.state.", MachineState.class),
			Map.entry("labs.health.status.", HealthStatus.class),
			Map.entry("labs.day.", DayOfWeek.class),
			Map.entry("certificate.status.", CertificateStatus.class),
			Map.entry("certification.level.", CertificateLevel.class),
			Map.entry("certification.requirement.kind.", Requirement.Kind.class),
			Map.entry("verify.verdict.", cn.yrd.academy.certification.Verdict.Outcome.class),
			Map.entry("talent.field.", cn.yrd.academy.talent.internal.TalentField.class),
			Map.entry("talent.history.action.", cn.yrd.academy.talent.internal.ConsentRecord.Action.class),
			Map.entry("talent.requests.status.", cn.yrd.academy.talent.internal.ContactRequest.Status.class));

	/** Attributes that browsers show or read aloud; their text must come from {@code th:*} variants. */
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	/** Attributes whose value replaces the element's content when the page is rendered. */
	private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace",
			"th:insert", "th:remove");

	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([^}(]*)");

	private static final Pattern LITERAL_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

	private static final Pattern ENUM_KEY = Pattern.compile("#\\{\\|([a-z][A-Za-z0-9_.]*\\.)\\$\\{");

	private static final Pattern JAVA_KEY_LITERAL = Pattern
		.compile("\"([A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

	private final Properties zh = bundle("messages.properties");

	private final Properties en = bundle("messages_en.properties");

	@Test
	void bothBundlesHaveTheSameKeys() {
		assertThat(missingFrom(en, zh)).as("keys in messages.properties but not in messages_en.properties").isEmpty();
		assertThat(missingFrom(zh, en)).as("keys in messages_en.properties but not in messages.properties").isEmpty();
		assertThat(keys(zh)).hasSizeGreaterThan(100);
	}

	@Test
	void noMessageIsBlank() {
		assertThat(blankKeys(zh)).as("blank in messages.properties").isEmpty();
		assertThat(blankKeys(en)).as("blank in messages_en.properties").isEmpty();
	}

	@Test
	void chineseBundleIsInChinese() {
		assertThat(zh.getProperty("app.name")).isEqualTo("工赋学院");
		assertThat(en.getProperty("app.name")).isEqualTo("Workforce Academy");
	}

	@Test
	void everyKeyATemplateNamesExistsInBothBundles() {
		Map<String, Set<String>> missing = new TreeMap<>();
		templates().forEach((name, html) -> {
			for (String key : literalKeys(name, html)) {
				if (!zh.containsKey(key) || !en.containsKey(key)) {
					missing.computeIfAbsent(name, n -> new TreeSet<>()).add(key);
				}
			}
		});
		assertThat(missing).as("template → keys missing from a bundle").isEmpty();
	}

	@Test
	void everyKeyATemplateBuildsFromAnEnumExistsInBothBundles() {
		Set<String> prefixesUsed = new TreeSet<>();
		templates().forEach((name, html) -> {
			Matcher matcher = ENUM_KEY.matcher(html);
			while (matcher.find()) {
				prefixesUsed.add(matcher.group(1));
			}
		});
		assertThat(ENUM_KEY_PREFIXES).as("templates build keys with a prefix no enum is known for")
			.containsKeys(prefixesUsed.toArray(String[]::new));
		assertThat(prefixesUsed).as("prefixes found in templates").contains("role.", "province.");

		List<String> missing = new ArrayList<>();
		ENUM_KEY_PREFIXES.forEach((prefix, type) -> {
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = prefix + constant.name();
				if (!zh.containsKey(key) || !en.containsKey(key)) {
					missing.add(key);
				}
			}
		});
		assertThat(missing).as("enum constants without a message").isEmpty();
	}

	@Test
	void everyKeyTheCodeNamesExistsInBothBundles() throws IOException {
		Set<String> families = keys(zh).stream()
			.filter(key -> key.contains("."))
			.map(key -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toSet());
		Path sources = Path.of("src/main/java");
		assertThat(sources).as("run from the project directory").isDirectory();
		Map<String, Set<String>> missing = new TreeMap<>();
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY_LITERAL.matcher(Files.readString(file));
				while (matcher.find()) {
					String literal = matcher.group(1);
					if (families.contains(literal.substring(0, literal.indexOf('.'))) && !isFileName(literal)) {
						found.add(literal);
						// problems in course packages and lab images are keyed under source.problem.
						String key = zh.containsKey(literal) ? literal : "source.problem." + literal;
						if (!zh.containsKey(key) || !en.containsKey(key)) {
							missing.computeIfAbsent(sources.relativize(file).toString(), f -> new TreeSet<>())
								.add(literal);
						}
					}
				}
			}
		}
		assertThat(found).as("message keys found in the code").contains("registration.username.taken",
				"admin.error.codeTaken", "login.error.locked");
		assertThat(missing).as("source file → keys missing from a bundle").isEmpty();
	}

	private static boolean isFileName(String literal) {
		return literal.matches(".*\\.(ya?ml|md)$");
	}

	@Test
	void noConstraintMessageIsShadowedByAGenericKey() {
		// Spring resolves a field error by its codes (NotNull.form.field, NotNull.field, NotNull.type,
		// NotNull) before the constraint's own message, so a bundle key for the constraint's name
		// silently replaces a message given in the annotation.
		List<String> shadowed = new ArrayList<>();
		for (Class<?> type : applicationClasses()) {
			for (Field field : type.getDeclaredFields()) {
				for (Annotation constraint : field.getAnnotations()) {
					String message = customMessage(constraint);
					if (message == null) {
						continue;
					}
					String name = constraint.annotationType().getSimpleName();
					Set<String> codes = Set.of(name, name + "." + field.getName(),
							name + "." + field.getType().getName());
					keys(zh).stream()
						.filter(key -> codes.contains(key) || key.startsWith(name + ".")
								&& key.endsWith("." + field.getName()))
						.forEach(key -> shadowed.add(type.getSimpleName() + "." + field.getName() + " @" + name
								+ "(message = \"" + message + "\") is shadowed by " + key));
				}
			}
		}
		assertThat(shadowed).isEmpty();
	}

	@Test
	void templatesContainNoHardCodedText() {
		Map<String, String> templates = templates();
		assertThat(templates).containsKeys("identity/login.html", "fragments/layout.html", "admin/users.html");
		List<String> violations = new ArrayList<>();
		templates.forEach((name, html) -> hardCodedText(html)
			.forEach(text -> violations.add(name + ": " + text)));
		assertThat(violations).as("hard-coded text: use th:text=\"#{…}\" or th:placeholder etc.").isEmpty();
	}

	@Test
	void hardCodedTextCheckFindsWordsOutsideMessages() {
		String html = """
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: layout('t', ~{::section})}">
				<body><section>
				  <h1 th:text="#{page.title}">prototype heading</h1>
				  <p>Anmelden</p>
				  <p><span th:text="#{a}">x</span> 请登录 <b>!</b></p>
				  <input placeholder="Suche" th:placeholder="#{search}">
				  <img th:src="@{/logo.svg}" alt="Logo">
				  <button title="保存" aria-label="·">2025 · 1/2 →</button>
				  <div th:replace="~{fragments/forms :: input('x')}">replaced example</div>
				  <table><tr><td th:insert="~{admin/user :: status(${u})}"><em>inserted example</em></td></tr></table>
				  <p class="invalid-feedback" th:errors="*{name}">error example</p>
				  <script>const word = "ignored";</script>
				</section></body></html>
				""";

		assertThat(hardCodedText(html)).containsExactlyInAnyOrder("<p> Anmelden", "<p> 请登录", "placeholder=\"Suche\"",
				"alt=\"Logo\"", "title=\"保存\"");
	}

	/** Own text with a letter, and literal text attributes with a letter, that rendering would show. */
	private static List<String> hardCodedText(String html) {
		List<String> found = new ArrayList<>();
		for (Element element : Jsoup.parse(html).getAllElements()) {
			if (isReplacedWhenRendered(element)) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (hasLetter(text.text())) {
					found.add("<" + element.tagName() + "> " + text.text().strip());
				}
			}
			for (Attribute attribute : element.attributes()) {
				if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && hasLetter(attribute.getValue())) {
					found.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			}
		}
		return found;
	}

	/**
	 * Whether the element's content is replaced by an expression, a fragment, removed, or is not text
	 * at all. A {@code th:replace} of a fragment of the same template ({@code ~{::section}}) renders
	 * that content, so it is still checked.
	 */
	private static boolean isReplacedWhenRendered(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.nameIs("script") || current.nameIs("style")) {
				return true;
			}
			for (String attribute : CONTENT_REPLACING) {
				if (current.hasAttr(attribute) && !current.attr(attribute).contains("~{::")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasLetter(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	/** Keys of {@code #{key}} and {@code #{key(...)}}; keys built from variables are skipped. */
	private static Set<String> literalKeys(String template, String html) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = MESSAGE_EXPRESSION.matcher(html);
		while (matcher.find()) {
			String expression = matcher.group(1).strip();
			if (expression.contains("|") || expression.contains("${")) {
				continue;
			}
			assertThat(expression).as("message expression in %s", template).matches(LITERAL_KEY);
			keys.add(expression);
		}
		return keys;
	}

	private static String customMessage(Annotation annotation) {
		if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
			return null;
		}
		try {
			Method message = annotation.annotationType().getMethod("message");
			Object value = message.invoke(annotation);
			return Objects.equals(value, message.getDefaultValue()) ? null : (String) value;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Class<?>> applicationClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(AcademyApplication.class.getPackageName())) {
			try {
				classes.add(Class.forName(definition.getBeanClassName(), false,
						MessageBundleTests.class.getClassLoader()));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(classes).extracting(Class::getSimpleName).contains("RegisterStudentForm", "OrganizationForm");
		return classes;
	}

	private static Map<String, String> templates() {
		Map<String, String> templates = new TreeMap<>();
		try {
			Resource root = new PathMatchingResourcePatternResolver().getResource("classpath:templates/");
			String rootUri = root.getURI().toString();
			for (Resource template : new PathMatchingResourcePatternResolver()
				.getResources("classpath:templates/**/*.html")) {
				String name = template.getURI().toString().substring(rootUri.length());
				templates.put(name, template.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return templates;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static Set<String> keys(Properties bundle) {
		return new TreeSet<>(bundle.stringPropertyNames());
	}

	private static Set<String> missingFrom(Properties bundle, Properties other) {
		Set<String> missing = keys(other);
		missing.removeAll(keys(bundle));
		return missing;
	}

	private static List<String> blankKeys(Properties bundle) {
		return bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()).sorted().toList();
	}

}
