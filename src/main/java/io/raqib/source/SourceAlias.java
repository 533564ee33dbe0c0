package io.raqib.source;

import io.raqib.common.CleanText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One written form of a source's name, with its matching key ({@link SourceNames#key}). */
@CleanText(singleLine = "alias")
@Entity
@EntityListeners(NameChanges.Listener.class)
@Table(name = "source_alias")
public class SourceAlias extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String normalized;
}
