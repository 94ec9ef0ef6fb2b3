package org.yuqing.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaMessagesTest {

    @TempDir
    Path data;

    @Test
    void readsTheMessagesOfTheFilesThatAreThereWithTheSubjectAsTitle() throws IOException {
        write("teddy2020c/fj2_detail.dev.jsonl",
                "{\"message_id\":1,\"topic\":\"小区噪音扰民\",\"detail\":\"楼下广场舞每晚十点还在放音乐。\",\"label\":\"环境保护\"}",
                "{\"message_id\":2,\"topic\":null,\"detail\":\"公交车太少了。\",\"label\":\"交通运输\"}",
                "{\"message_id\":3,\"topic\":\"空留言\",\"detail\":\"  \",\"label\":\"交通运输\"}");
        write("weibo_senti_100k_subset/weibo_senti_100k_subset.dev.jsonl", "{\"id\":9,\"text\":\"今天真开心[哈哈]\",\"label\":1}", "");

        List<Corpora.Message> messages = Corpora.messages(data, Corpora.EVERY_MESSAGE);

        assertThat(messages).containsExactly(
                new Corpora.Message("小区噪音扰民", "楼下广场舞每晚十点还在放音乐。"),
                new Corpora.Message("", "公交车太少了。"),
                new Corpora.Message("", "今天真开心[哈哈]"));
    }

    @Test
    void aFolderWithNoneOfTheFilesIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> Corpora.messages(data, Corpora.PUBLIC_OPINION))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(data.toString())
                .hasMessageContaining("smp2020_ewect/smp2020_ewect.dev.jsonl");
    }

    private void write(String file, String... lines) throws IOException {
        Path path = data.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, List.of(lines));
    }
}
