import { describe, expect, it } from "vitest";
import { escapeGift, escapeXml, escapeXmlAttr, xmlText } from "./escape";

describe("escaping", () => {
  it("XML text and attributes", () => {
    expect(escapeXml(`a < b & c > "d"`)).toBe(`a &lt; b &amp; c &gt; "d"`);
    expect(escapeXmlAttr(`say "hi" & <go>`)).toBe(`say &quot;hi&quot; &amp; &lt;go&gt;`);
    // Already-escaped text is escaped again, not passed through: the input is always plain text.
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("Moodle XML text: CDATA when it holds markup or an entity, any ]]> split across two sections", () => {
    expect(xmlText("plain name")).toBe("plain name");
    expect(xmlText("<p>Not quite.</p> <p>x &amp; y</p>")).toBe(
      "<![CDATA[<p>Not quite.</p> <p>x &amp; y</p>]]>",
    );
    expect(xmlText("a ]]> b")).toBe("<![CDATA[a ]]]]><![CDATA[> b]]>");
    expect(xmlText("")).toBe("");
  });

  it("GIFT's special characters and line breaks", () => {
    expect(escapeGift("1 ~ 2 = 3 # 4 { 5 } 6 : 7")).toBe("1 \\~ 2 \\= 3 \\# 4 \\{ 5 \\} 6 \\: 7");
    expect(escapeGift("back\\slash")).toBe("back\\\\slash");
    expect(escapeGift("one\ntwo\r\nthree")).toBe("one\\ntwo\\nthree");
    expect(escapeGift("Кто: «10 000»")).toBe("Кто\\: «10 000»");
  });
});
