package nn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Escaped text reads back as itself from an XML parser, in an element and an attribute; what XML forbids becomes U+FFFD. */
class XmlTextTest {
    @Test void markupCharactersBecomeEntities() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", XmlText.escape("a <b> & \"c\" 'd'"));
    }

    @Test void forbiddenCharactersBecomeTheReplacementCharacter() {
        assertEquals("a\tb\nc\rd\uFFFDe\uFFFDf\uFFFD", XmlText.escape("a\tb\nc\rd\u0000e\u001Bf\uFFFE"));
        assertEquals("lone \uFFFD and paired \uD83D\uDE00", XmlText.escape("lone \uD800 and paired \uD83D\uDE00"));
    }

    @Test void anXmlParserReadsTheTextBack() throws Exception {
        String text = "x < y && \"quoted\" 'single' > é 😀";
        String xml = "<r a=\"" + XmlText.escape(text) + "\">" + XmlText.escape(text) + "</r>";
        Element r = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(text, r.getTextContent());
        assertEquals(text, r.getAttribute("a"));
    }
}
