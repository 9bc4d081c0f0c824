"""A realistic fictional bilingual municipality for demos, screenshots and benchmarks."""

from kuntasome.core.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
