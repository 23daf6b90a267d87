package cn.yrd.academy.shared.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.yrd.academy.shared.text.Bilingual;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as plain nodes, never as objects: no tag can construct a type. Every getter
 * records a problem with file, line and field instead of throwing, so one pass finds all problems.
 */
public final class YamlMap {

	private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

	// a plain scalar such as 2025-09-01 resolves to timestamp; it is read as text like any other
	private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.NULL, Tag.FLOAT,
			Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

	private final String file;

	private final String path;

	private final MappingNode node;

	private final List<SourceProblem> problems;

	private YamlMap(String file, String path, MappingNode node, List<SourceProblem> problems) {
		this.file = file;
		this.path = path;
		this.node = node;
		this.problems = problems;
	}

	/** Parses a document whose first line is {@code firstLine} of the file (front matter starts below line 1). */
	public static Optional<YamlMap> parse(String file, String text, int firstLine, List<SourceProblem> problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		// Packages need no aliases; refusing them also refuses self-referencing structures.
		options.setMaxAliasesForCollections(0);
		options.setAllowRecursiveKeys(false);
		options.setCodePointLimit(MAX_CODE_POINTS);
		// nodes are only composed, never constructed: let every tag through to be reported as yaml.tag
		options.setTagInspector(tag -> true);
		try {
			Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
			if (!(root instanceof MappingNode mapping)) {
				problems.add(new SourceProblem(file, firstLine, null, "yaml.notMapping"));
				return Optional.empty();
			}
			YamlMap map = new YamlMap(file, "", mapping, problems);
			return map.tagsArePlain(root, firstLine - 1) ? Optional.of(map.shifted(firstLine - 1)) : Optional.empty();
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? firstLine : ex.getProblemMark().getLine() + firstLine;
			problems.add(new SourceProblem(file, line, null, "yaml.malformed", ex.getProblem()));
		}
		catch (YAMLException ex) {
			problems.add(new SourceProblem(file, firstLine, null, "yaml.malformed", ex.getMessage()));
		}
		return Optional.empty();
	}

	private int offset;

	private YamlMap shifted(int lines) {
		this.offset = lines;
		return this;
	}

	private boolean tagsArePlain(Node node, int lineOffset) {
		if (!PLAIN_TAGS.contains(node.getTag())) {
			problems.add(new SourceProblem(file, node.getStartMark().getLine() + 1 + lineOffset, null,
					"yaml.tag", node.getTag().getValue()));
			return false;
		}
		if (node instanceof MappingNode mapping) {
			return mapping.getValue().stream()
				.allMatch(tuple -> tagsArePlain(tuple.getKeyNode(), lineOffset)
						&& tagsArePlain(tuple.getValueNode(), lineOffset));
		}
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue().stream().allMatch(child -> tagsArePlain(child, lineOffset));
		}
		return true;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line(node);
	}

	public String text(String field, int maxLength) {
		Node value = required(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			problem(value, field, "field.text");
			return null;
		}
		String text = scalar.getValue().strip();
		if (text.codePointCount(0, text.length()) > maxLength) {
			problem(value, field, "field.tooLong", maxLength);
			return null;
		}
		return text;
	}

	public String matching(String field, Pattern pattern, String messageKey) {
		String text = text(field, 200);
		if (text != null && !pattern.matcher(text).matches()) {
			problem(value(field), field, messageKey, text);
			return null;
		}
		return text;
	}

	public Integer integer(String field, int min, int max) {
		Node value = required(field);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(((ScalarNode) value).getValue().strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (ClassCastException | NumberFormatException ex) {
			// reported below
		}
		problem(value, field, "field.integer", min, max);
		return null;
	}

	/** An optional {@code true}/{@code false}: the fallback when missing, {@code null} when malformed. */
	public Boolean flag(String field, boolean fallback) {
		Node value = value(field);
		if (value == null) {
			return fallback;
		}
		if (value instanceof ScalarNode scalar && (scalar.getValue().strip().equals("true")
				|| scalar.getValue().strip().equals("false"))) {
			return Boolean.valueOf(scalar.getValue().strip());
		}
		problem(value, field, "field.boolean");
		return null;
	}

	public Bilingual bilingual(String field, int maxLength) {
		Optional<YamlMap> map = map(field);
		if (map.isEmpty()) {
			return null;
		}
		String zh = map.get().text("zh", maxLength);
		String en = map.get().text("en", maxLength);
		return zh == null || en == null ? null : new Bilingual(zh, en);
	}

	public Optional<YamlMap> map(String field) {
		Node value = required(field);
		if (value == null) {
			return Optional.empty();
		}
		if (value instanceof MappingNode mapping) {
			return Optional.of(child(field, mapping));
		}
		problem(value, field, "field.mapping");
		return Optional.empty();
	}

	/** A list of strings; {@code null} when the field is missing or malformed. */
	public List<String> strings(String field, boolean required) {
		Node value = value(field);
		if (value == null) {
			if (required) {
				problem(node, field, "field.missing");
			}
			return required ? null : List.of();
		}
		if (!(value instanceof SequenceNode sequence)
				|| !sequence.getValue().stream().allMatch(item -> item instanceof ScalarNode)) {
			problem(value, field, "field.list");
			return null;
		}
		List<String> items = sequence.getValue().stream().map(item -> ((ScalarNode) item).getValue().strip()).toList();
		if (required && items.isEmpty()) {
			problem(value, field, "field.emptyList");
			return null;
		}
		return items;
	}

	public List<YamlMap> maps(String field) {
		Node value = required(field);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
			problem(value, field, "field.emptyList");
			return List.of();
		}
		List<YamlMap> maps = new ArrayList<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			Node item = sequence.getValue().get(i);
			if (item instanceof MappingNode mapping) {
				maps.add(child(field + "[" + (i + 1) + "]", mapping));
			}
			else {
				problem(item, field + "[" + (i + 1) + "]", "field.mapping");
			}
		}
		return maps;
	}

	/** Records a problem about a field of this mapping (for rules checked outside, like unknown codes). */
	public void problem(String field, String messageKey, Object... arguments) {
		Node value = value(field);
		problem(value == null ? node : value, field, messageKey, arguments);
	}

	private YamlMap child(String field, MappingNode mapping) {
		YamlMap child = new YamlMap(file, qualified(field), mapping, problems);
		child.offset = offset;
		return child;
	}

	private Node required(String field) {
		Node value = value(field);
		if (value == null) {
			problem(node, field, "field.missing");
		}
		return value;
	}

	private Node value(String field) {
		for (NodeTuple tuple : node.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)) {
				return tuple.getValueNode() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL) ? null
						: tuple.getValueNode();
			}
		}
		return null;
	}

	private void problem(Node at, String field, String messageKey, Object... arguments) {
		problems.add(new SourceProblem(file, line(at), qualified(field), messageKey, arguments));
	}

	private int line(Node at) {
		return at.getStartMark().getLine() + 1 + offset;
	}

	private String qualified(String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

}
