package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text.replace('\'', '"'));
    }

    @Test
    void eachInputAnswersInItsElementsShapeWithOptionsTakenFromTheView() throws Exception {
        JsonNode view = json("""
                {'blocks': [
                  {'type': 'input', 'block_id': 'text', 'element': {'type': 'plain_text_input', 'action_id': 'v'}},
                  {'type': 'input', 'block_id': 'owners', 'element': {'type': 'multi_users_select', 'action_id': 'v'}},
                  {'type': 'input', 'block_id': 'all', 'element': {'type': 'checkboxes', 'action_id': 'v',
                     'options': [{'text': {'type': 'plain_text', 'text': 'ALL'}, 'value': 'all'}]}},
                  {'type': 'input', 'block_id': 'date', 'element': {'type': 'datepicker', 'action_id': 'v'}},
                  {'type': 'input', 'block_id': 'item', 'element': {'type': 'static_select', 'action_id': 'v',
                     'options': [{'text': {'type': 'plain_text', 'text': 'One'}, 'value': '1'},
                                 {'text': {'type': 'plain_text', 'text': 'Two'}, 'value': '2'}]}},
                  {'type': 'section', 'text': {'type': 'mrkdwn', 'text': 'not an input'}}]}
                """);
        JsonNode entered = json("""
                {'text': {'v': 'Send the toolkit'}, 'owners': {'v': ['U02SUE', 'U03BALBIR']}, 'all': {'v': ['all']},
                 'date': {'v': '2008-10-22'}, 'item': {'v': 'nine'}, 'forged': {'v': 'ignored'}}
                """);

        JsonNode values = ViewState.values(view, entered);

        assertThat(values).isEqualTo(json("""
                {'text': {'v': {'type': 'plain_text_input', 'value': 'Send the toolkit'}},
                 'owners': {'v': {'type': 'multi_users_select', 'selected_users': ['U02SUE', 'U03BALBIR']}},
                 'all': {'v': {'type': 'checkboxes', 'selected_options': [{'text': {'type': 'plain_text', 'text': 'ALL'}, 'value': 'all'}]}},
                 'date': {'v': {'type': 'datepicker', 'selected_date': '2008-10-22'}},
                 'item': {'v': {'type': 'static_select', 'selected_option': null}}}
                """));
    }

    @Test
    void aFileInputAnswersWithTheFilesUploadedForItAndNoOthers() throws Exception {
        JsonNode view = json("""
                {'blocks': [{'type': 'input', 'block_id': 'file', 'element': {'type': 'file_input', 'action_id': 'f'}}]}
                """);
        JsonNode entered = json("{'file': {'f': ['F1', 'F404']}}");
        ObjectNode uploaded = mapper.createObjectNode().put("id", "F1").put("name", "notes.docx");

        JsonNode values = ViewState.values(view, entered, id -> Optional.of(uploaded).filter(f -> id.equals("F1")));

        assertThat(values).isEqualTo(json("""
                {'file': {'f': {'type': 'file_input', 'files': [{'id': 'F1', 'name': 'notes.docx'}]}}}
                """));
    }
}
