package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "chair @Sue Bent secretary @Debbie Briggs ¦ chair <@U02SUE|sue.bent> secretary <@U01DEBBIE|debbie.briggs>",
            "@sue.bent/ @balbir sohal                  ¦ <@U02SUE|sue.bent>/ <@U03BALBIR|balbir.sohal>",
            "@Sue on her own, @Sue Bentley            ¦ @Sue on her own, @Sue Bentley",
            "E&CC <script>alert(1)</script>            ¦ E&amp;CC &lt;script&gt;alert(1)&lt;/script&gt;",
            "post it in #general, not #nowhere        ¦ post it in <#C02GENERAL|general>, not #nowhere",
    })
    void escapesAsSlacksClientDoes(String typed, String sent) {
        assertThat(TypedText.escaped(typed)).isEqualTo(sent);
    }
}
