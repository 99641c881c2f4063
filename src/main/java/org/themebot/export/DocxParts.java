package org.themebot.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The parts of the Word file that make it a document Word opens as its own: a real Normal style
 * (the others based on it), Word 2013+ compatibility settings (no "Compatibility Mode" bar), and
 * fonts that leave Chinese, Japanese and Korean to a font that has them. Written as the XML Word
 * itself writes, because POI's bundled schema has no classes for the compatibility settings.
 */
final class DocxParts {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * Arial for Latin and complex scripts, 11 pt, British English. East Asian text names no font: with
     * {@code w:eastAsia="Arial"} LibreOffice dropped "多様性"; left out, Word and LibreOffice each
     * choose their East Asian font, and emoji take the system's emoji font.
     */
    private static final String STYLES = """
            <w:styles xmlns:w="%1$s">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>
                  <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>
                <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>
                <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>
                <w:semiHidden/><w:unhideWhenUsed/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:pos="%2$d"/></w:tabs><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="444444"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
            </w:styles>
            """;

    /** compatibilityMode 15: Word 2013 and later lay it out as their own documents, without the Compatibility Mode bar. */
    private static final String SETTINGS = """
            <w:settings xmlns:w="%s">
              <w:zoom w:percent="100"/>
              <w:defaultTabStop w:val="720"/>
              <w:characterSpacingControl w:val="doNotCompress"/>
              <w:compat>
                <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
                <w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>
                <w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>
                <w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>
              </w:compat>
            </w:settings>
            """;

    private DocxParts() {
    }

    /** Styles and settings, the footer's right tab stop at {@code textWidth} twips. */
    static void apply(XWPFDocument doc, int textWidth) {
        try {
            XmlOptions options = new XmlOptions().setLoadStripWhitespace();
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES.formatted(W, textWidth), options).getStyles());
            doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(SETTINGS.formatted(W), options).getSettings());
        } catch (XmlException e) {
            throw new IllegalStateException("themebot's own Word XML does not parse", e);
        }
    }
}
