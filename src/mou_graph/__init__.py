"""mou-graph: news about agreements (업무협약, MOU, 투자협약) → a stakeholder knowledge graph."""

__version__ = "0.1.0"
