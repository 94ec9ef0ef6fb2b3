"""The classification heads and their labels, in the order of the model's outputs (the Java encoder reads them
from the exported model's metadata)."""

HEADS = {
    "polarity": ["negative", "neutral", "positive"],
    "emotion": ["happy", "angry", "neutral", "sad", "fear", "surprise"],
    "topic": ["城乡建设", "劳动和社会保障", "教育文体", "商贸旅游", "环境保护", "卫生计生", "交通运输"],
}
