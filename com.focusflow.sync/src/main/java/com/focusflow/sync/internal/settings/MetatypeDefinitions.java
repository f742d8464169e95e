package com.focusflow.sync.internal.settings;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;

import com.focusflow.support.metatype.MetatypeDeclarations;

/** {@link Definitions} from the Metatype of the installed bundles (those the Web Console shows). */
final class MetatypeDefinitions implements Definitions {

    private final MetatypeDeclarations declarations;

    MetatypeDefinitions(BundleContext context, MetaTypeService metatype) {
        this.declarations = new MetatypeDeclarations(context, metatype);
    }

    @Override
    public Optional<Map<String, AttributeDefinition>> of(String pid) {
        return declarations.of(pid);
    }
}
