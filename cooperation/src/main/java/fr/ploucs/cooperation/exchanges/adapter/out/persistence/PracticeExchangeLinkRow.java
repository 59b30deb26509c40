package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "cooperation", name = "practice_exchange_link")
class PracticeExchangeLinkRow {

    private String title;
    private String url;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
