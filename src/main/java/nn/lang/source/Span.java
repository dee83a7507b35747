package nn.lang.source;

/** A half-open range [start, end) of character offsets in one {@link SourceFile}. */
public record Span(SourceFile file, int start, int end) {
    public Span {
        if (end < start) end = start;
    }

    public Span to(Span other) { return new Span(file, Math.min(start, other.start), Math.max(end, other.end)); }
    public int line() { return file.line(start); }
    public int column() { return file.column(start); }
    public String text() { return file.slice(this); }
    /** "file:line:col" as in every message. */
    public String where() { return file.name() + ":" + line() + ":" + column(); }
}
