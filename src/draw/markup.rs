//! Text put into markup we write by hand (the embed snippet, the SVG export, the
//! timeline's SVG): one escaping for XML and HTML, text and double-quoted attributes.

/// `s` safe as the text of an element or the value of a `"`-quoted attribute, in XML
/// or HTML: `&`, `<` and `"` escaped. A `>` needs no escape in either, except in XML's
/// `]]>`, which is escaped too.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
        .replace("]]>", "]]&gt;")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_what_breaks_text_and_attributes_only() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(escape("λ > 1, 4 GiB"), "λ > 1, 4 GiB");
        assert_eq!(escape("x]]>y"), "x]]&gt;y");
        // Escaped once: an ampersand already written as an entity is text too.
        assert_eq!(escape("&amp;"), "&amp;amp;");
        assert_eq!(escape(""), "");
    }
}
