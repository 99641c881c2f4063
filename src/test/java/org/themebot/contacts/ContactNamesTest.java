package org.themebot.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactNamesTest {

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @CsvSource(delimiter = '=', textBlock = """
            Kevin Foster                    = Cllr Kevin Foster
            cllr. kevin  foster             = Kevin Foster
            Councillor Kevin Foster         = KEVIN FOSTER
            Supt Jim Titley                 = Jim Titley
            Ch Supt Jim Titley              = Jim Titley
            Chief Superintendent Jim Titley = Supt. Jim Titley
            Dr June Morley                  = June Morley
            Mrs June Morley                 = Ms June Morley
            Prof. Sir Ian Blair             = Ian Blair
            Rt Hon John Brady               = John Brady
            PC Jenni Venn                   = Jenni Venn
            Insp Sue Bent                   = Chief Inspector Sue Bent
            """)
    void titlesCaseSpacingAndDotsDoNotMatter(String a, String b) {
        assertThat(ContactNames.key(a)).isEqualTo(ContactNames.key(b));
        assertThat(ContactNames.same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} ≠ {1}")
    @CsvSource(delimiter = '≠', textBlock = """
            Kevin Foster    ≠ Kevin Forster
            Di Smith        ≠ Smith
            Kevin Foster    ≠ Foster
            Jim Titley MBE  ≠ Jim Titley
            """)
    void otherNamesStayApart(String a, String b) {
        assertThat(ContactNames.same(a, b)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '→', textBlock = """
            Cllr Kevin Foster   → kevin foster
            Dr                  → dr
            Lady                → lady
            Mr Lord             → lord
            Ch Supt             → ch supt
            """)
    void aTitleAloneIsKeptAsTheName(String name, String key) {
        assertThat(ContactNames.key(name)).isEqualTo(key);
    }
}
